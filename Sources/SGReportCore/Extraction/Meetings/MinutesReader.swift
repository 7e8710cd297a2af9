/// Reads minutes: "Minutes of the meeting of … held at … on Monday 16 March 2020 at 10.15 am", then who was
/// present ("Present:", "In attendance:", "Officers:"), the apologies ("Apologies for absence were received
/// from …") and every decision ("RESOLVED: That …", a "RESOLVED: That the committee:" lead-in with the
/// resolutions listed under it). A minuted meeting is held.
enum MinutesReader {
    /// How many blocks one meeting's minutes may run to.
    static let span = 600

    static func isMinutesHeading(_ text: String) -> Bool {
        // Asked of every block: a folded prefix test, not a lower-cased copy of each paragraph.
        // "Minute of Meeting of …" (Scottish councils), "Minutes from the 7 January 2020 meeting of …".
        text.utf8.count < 400 && MeetingVocabulary.minutesHeadingLeads.contains { text.hasPrefixFolded($0) }
    }

    /// A minutes heading that opens a record: it names its body, or who attended follows it. "Minutes of the meeting
    /// held on 28 January 2025." under a page's "Minutes of the Previous Meeting" item only points to that meeting:
    /// the decisions after it are the page's own meeting's.
    /// The meeting the heading at `i` opens, or nil.
    static func openedRecord(at i: Int, in blocks: [Block]) -> MeetingDraft? {
        // "Minute of the … Committee of 21 November 2024 - submitted for approval as a correct record": an item of
        // this meeting's agenda, pointing to the minutes of the last.
        guard isMinutesHeading(blocks[i].text), !MeetingVocabulary.minutesApprovalPhrases.contains(where: { blocks[i].text.containsFolded($0) }),
            let draft = heading(at: i, in: blocks)
        else { return nil }
        if draft.body != nil { return draft }
        var k = i + 1
        var seen = 0
        while k < blocks.count, seen < 6 {
            if blocks[k].kind != .furniture {
                if let roll = roll(blocks[k]), roll.list == .present || !roll.names.isEmpty { return draft }
                seen += 1
            }
            k += 1
        }
        return nil
    }

    static func opensRecord(at i: Int, in blocks: [Block]) -> Bool { openedRecord(at: i, in: blocks) != nil }

    static func read(_ text: ParsedText) -> [MeetingDraft] {
        let blocks = text.blocks
        var drafts: [MeetingDraft] = []
        var i = 0
        while i < blocks.count {
            guard [.paragraph, .heading].contains(blocks[i].kind),
                var draft = isMinutesHeading(blocks[i].text) ? openedRecord(at: i, in: blocks) : recordHeading(at: i, in: blocks)
            else { i += 1; continue }
            if draft.body == nil { draft.body = bodyAbove(i, in: blocks) }
            i = record(from: i + 1, in: blocks, into: &draft)
            drafts.append(draft)
        }
        return drafts
    }

    /// Reads the record of a meeting from block `start` on (who was present, apologies, decisions, numbered items)
    /// into `draft`, up to the next minutes or the end of these; returns the index after the blocks it took.
    /// Minutes headed otherwise ("<Body> Minutes" over "Date:" / "Time:" / "Place:") are read from their cover on.
    static func record(from start: Int, in blocks: [Block], into draft: inout MeetingDraft) -> Int {
        var k = start
        var lastLabel: Roll.List?
        var labelAlone = false  // the label had no names on its own line ("Officers:")
        while k < min(blocks.count, start - 1 + span) {
            let block = blocks[k]
            if opensRecord(at: k, in: blocks) || (block.kind == .heading && TextShape.key(block.text).hasPrefix("appendix")) {
                break
            }
            if block.kind == .furniture || block.kind == .contents { k += 1; continue }
            if MeetingVocabulary.minutesEnd.contains(where: { block.text.hasPrefixFolded($0) }) { k += 1; break }
            let underLabelAlone = labelAlone
            labelAlone = false
            if let roll = roll(block) {
                draft.add(roll.names, to: roll.list)
                lastLabel = roll.namesFollow ? roll.list : nil
                labelAlone = roll.names.isEmpty
            } else if let (whole, n) = decision(at: k, in: blocks) {
                draft.decisions.append(whole)
                lastLabel = nil
                k = n
                continue
            } else if block.kind == .heading, let number = block.enumerator {
                draft.agenda.append(item(number: number, heading: block.body))
                lastLabel = nil
            } else if let label = lastLabel, block.kind == .paragraph || block.kind == .listItem, !opensAgendaHeading(block.body),
                isNameLine(block.body) || startsWithPluralTitle(block.body) || isNameList(block.body)
            {
                draft.add(nameLine(block.body), to: label)
                labelAlone = underLabelAlone
            } else if let label = lastLabel, block.kind == .heading, underLabelAlone, !opensAgendaHeading(block.body), isNameList(block.body, minimum: 2) {
                // A short line of capitalised names under a label of its own reads as a heading.
                draft.add(nameLine(block.body), to: label)
                labelAlone = true
            } else if let label = lastLabel, underLabelAlone, block.kind == .heading || block.kind == .paragraph || block.kind == .listItem,
                isPersonLine(block.body)
            {
                // Partnership minutes list one person a line under "Present:": "Jane Smith", "Ann Lee – Thames Valley
                // Police", "Bob Green, NHS Trust"; whatever follows the name is their role, agency or reason.
                draft.add([block.body], to: label)
                labelAlone = true
            } else if lastLabel == .apologies, let roll = apologies(continuing: block.body) {
                draft.add(roll.names, to: .apologies)
                lastLabel = nil
            } else if draft.location == nil, let place = metAt(block.body) {
                draft.location = place
                lastLabel = nil
            } else {
                lastLabel = nil
            }
            k += 1
        }
        return k
    }

    /// "43. QUESTIONS FROM MEMBERS OF THE PUBLIC (Pages 7 - 10)" → item 43 with pages "7 - 10".
    static func item(number: String, heading: String) -> AgendaItem {
        guard heading.hasSuffix(")"), let open = heading.find("(Pages ") ?? heading.find("(pages ") ?? heading.find("(Page ")
        else { return pagesAfter(number: number, heading: heading) }
        let inner = heading[open.upperBound...].dropLast()
        let title = String(heading[..<open.lowerBound].trimmingCharacters(in: " "))
        return AgendaItem(number: number, title: title, pages: String(inner.trimmingCharacters(in: " ")))
    }

    /// "2. Minutes Pages 1 - 6", "4. Annual Report Page 7": pages written after the title without parentheses.
    private static func pagesAfter(number: String, heading: String) -> AgendaItem {
        for word in [" Pages ", " pages ", " Page ", " page "] {
            guard let r = heading.firstByteRange(of: word) else { continue }
            let pages = heading[r.upperBound...].trimmingCharacters(in: " ")
            guard !pages.isEmpty, pages.first?.isNumber == true, pages.allSatisfy({ $0.isNumber || " -–".contains($0) }) else { continue }
            return AgendaItem(number: number, title: String(heading[..<r.lowerBound].trimmingCharacters(in: " ")), pages: String(pages))
        }
        return AgendaItem(number: number, title: heading, pages: nil)
    }

    /// The meeting a minutes heading names: body, date, time and place.
    static func heading(_ block: Block) -> MeetingDraft? { heading(block.text, line: block.line) }

    /// "MINUTES OF THE CORPORATE PARENTING PANEL" over "HELD ON THURSDAY, 25 MAY 2017 AT 4.00 PM": a heading
    /// broken before its "held" reads as one line.
    private static func heading(at i: Int, in blocks: [Block]) -> MeetingDraft? {
        if let draft = heading(blocks[i]) { return draft }
        let k = blocks.skippingFurniture(from: i + 1)
        guard k < blocks.count, k - i <= 2, blocks[k].text.hasPrefixFolded("held ") else { return nil }
        return heading(blocks[i].text + " " + blocks[k].text, line: blocks[i].line)
    }

    private static func heading(_ text: String, line: Int) -> MeetingDraft? {
        let tokens = Tokenizer.tokens(text)
        guard let d = DateScanner.scan(tokens).first(where: { $0.day != nil && $0.year != nil }), let date = d.date() else {
            return nil
        }
        let lower = text.lowercased()
        var body: String?
        if let of = lower.find("meeting of ") ?? lower.find("minutes of ") ?? lower.find("minute of ") {
            let rest = text[of.upperBound...]
            let stops = [" held ", " Held ", " HELD ", " on ", " at ", ","]
            // "MINUTES OF THE … BOARD MEETING 26th January 2017 1.45pm": the name ends before its date.
            let dateStart = text.utf8.index(text.utf8.startIndex, offsetBy: d.start)
            // ("Minutes of the Education, Children and Families Committee held on …": a comma ends the name only after
            // a body's noun.)
            let ends = (stops.compactMap { rest.find($0)?.lowerBound } + [dateStart]).filter { $0 >= rest.startIndex }.sorted()
            let end = ends.first { BodyName.hasBodyNoun(String(rest[..<$0])) } ?? ends.first ?? rest.endIndex
            var name = String(rest[..<end].trimmingCharacters(in: " ,–-."))
            if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
            // "Minutes of the Previous Children's Scrutiny Panel held on …": which meeting, not the body's name.
            // ("Minutes of Previous Meeting To approve …" names no body at all.)
            for lead in ["previous ", "last "] where name.lowercased().hasPrefix(lead) {
                name = String(name.dropFirst(lead.count))
                if name.lowercased().hasPrefix("meeting") { name = "" }
            }
            if name.lowercased().hasSuffix(" meeting") { name = String(name.dropLast(8)) }
            // "Minutes of the meeting held on …", "Minutes of a Special Meeting …": which meeting, not whose.
            let generic = TextShape.words(name).allSatisfy { MeetingVocabulary.meetingQualifiers.contains($0.lowercased()) }
            body = generic ? nil : name
        }
        var location: String?
        if let held = lower.find("held at ") ?? lower.find("held in ") {
            let startOffset = text.utf8.distance(from: text.startIndex, to: held.upperBound)
            // "County Hall, Trowbridge, on Thursday, 25 May 2017": the weekday and its comma go with the date.
            var place = String(text.utf8Slice(startOffset, d.start).trimmingCharacters(in: " ,"))
            for weekday in Calendar.weekdays where place.lowercased().hasSuffix(" " + weekday) {
                place = String(place.dropLast(weekday.count + 1))
            }
            place = String(place.trimmingCharacters(in: " ,"))
            if place.lowercased().hasSuffix(" on") { place = String(place.dropLast(3)) }
            location = place.isEmpty ? nil : String(place.trimmingCharacters(in: " ,"))
        }
        let tail = String(text.utf8Slice(d.end, text.utf8.count))
        let times = TimeScanner.scan(tail)
        let time = times.first?.time
        // "held on Thursday, 25 May 2017 at County Hall": the place right after the date.
        if location == nil, times.isEmpty, tail.hasPrefixFolded(" at ") {
            let place = String(tail.dropFirst(4).trimmingCharacters(in: " .,"))
            if !place.isEmpty, TextShape.wordCount(place, limit: 10) <= 10 { location = place }
        }
        // "26th January 2017 1.45pm to 4.45pm Council Chamber, Civic Offices": the place after the times.
        if location == nil, let last = times.last {
            let place = String(AgendaReader.withoutPlaceLead(Substring(tail.utf8Slice(last.end, tail.utf8.count).trimmingCharacters(in: " ,–-:"))))
            if !place.isEmpty, TextShape.wordCount(place, limit: 10) <= 10, !TextShape.endsSentence(place) { location = place }
        }
        return MeetingDraft(
            body: body, date: date, time: time, location: location, status: .held, line: line, source: .minutes)
    }

    /// "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE" over "Minutes of the meeting held on …": minutes that name
    /// no body take the name of the title just above them.
    private static func bodyAbove(_ i: Int, in blocks: [Block]) -> String? {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 2 {
            defer { k -= 1 }
            let block = blocks[k]
            if block.kind == .furniture { continue }
            steps += 1
            // A title is the name alone: not an item ("To receive the report of the Board"), a sentence or a date.
            let text = AgendaReader.withoutDocumentWord(block.text)
            let words = TextShape.words(text)
            guard block.kind == .heading || block.kind == .paragraph, (1...12).contains(words.count),
                let last = words.last, MeetingVocabulary.bodyNouns.contains(last.lowercased()),
                words.first?.lowercased() != "to", !TextShape.endsSentence(text), DateScanner.scan(text).isEmpty
            else { continue }
            return BodyName.from(text)
        }
        return nil
    }

    /// The decision a block marks, whole, and the index after the blocks it took: "RESOLVED:" on a line of its own
    /// takes the paragraph under it; "RESOLVED: That the committee:" the resolutions listed under it; "RESOLVED:
    /// That" over "(a) the report be noted; and" / "(b) …" its lettered parts. Nil when the block marks none, or
    /// a marker alone has nothing under it.
    static func decision(at k: Int, in blocks: [Block]) -> (String, next: Int)? {
        guard let marked = decision(blocks[k].body) else { return nil }
        var n = k + 1
        var lead = marked
        if lead.isEmpty {
            n = blocks.skippingFurniture(from: n)
            guard n < blocks.count, blocks[n].kind == .paragraph || blocks[n].kind == .listItem else { return nil }
            lead = blocks[n].body
            n += 1
        }
        var whole = lead
        // "RESOLVED:" over "(a) That the report be noted." / "(b) That …", "RESOLVED – (a) That …" over "(b) …": parts
        // numbered in turn are the one resolution's, blank lines or not.
        let partBlock = n - 1 > k ? n - 1 : k
        if !(lead.hasSuffix(":") || TextShape.key(lead) == "that"),
            var part = (partBlock > k ? blocks[partBlock].enumerator : nil) ?? ResolutionParts.leading(lead)
        {
            if partBlock > k { whole = blocks[partBlock].text }
            var m = blocks.skippingFurniture(from: n)
            while m < blocks.count, blocks[m].kind != .heading, let next = blocks[m].enumerator ?? ResolutionParts.leading(blocks[m].text),
                ResolutionParts.successors(of: part).contains(next.lowercased())
            {
                whole += " " + blocks[m].text
                part = next
                n = m + 1
                m = blocks.skippingFurniture(from: n)
            }
        }
        if lead.hasSuffix(":") || TextShape.key(lead) == "that" {
            // Lettered or roman parts ("i.  The appointment of …", "(b) …") are the resolution's own at any lead-in.
            // Furniture between parts is passed over, but not after the last: "3." alone on its line may be the
            // next item's number.
            var k = n
            while k < blocks.count, blocks[k].kind == .listItem || blocks[k].kind == .furniture
                || blocks[k].kind == .paragraph && blocks[k].enumerator.map({ TextShape.key(lead) == "that" || isLettered($0) }) == true
                || blocks[k].kind == .heading && blocks[k].enumerator.map(isLettered) == true
            {
                if blocks[k].kind != .furniture {
                    whole += " " + blocks[k].text
                    n = k + 1
                }
                k += 1
            }
        }
        // "RESOLVED that:" over "(a) …": the lead-in's colon goes, its "That" opens the decision as it does after
        // "RESOLVED: That".
        if whole.hasPrefixFolded("that:") { whole = "That" + whole.dropFirst(5) }
        return (whole, n)
    }

    /// "a", "b", "iv": a resolution's parts, not a minute's number.
    private static func isLettered(_ enumerator: String) -> Bool {
        !enumerator.isEmpty && enumerator.utf8.count <= 4 && enumerator.allSatisfy(\.isLetter)
    }

    /// "Children and Young People Scrutiny Panel – 21 March 2011" over "PRESENT: Councillor Wilson in the chair.": a
    /// body's name and a date, with the roll right under it, head the minutes as "Minutes of …" does.
    /// Printed minutes put the body on a line of its own: "CHILDREN'S SERVICES … PANEL" over "MONDAY, 4 AUGUST 2008"
    /// over "PRESENT: Councillors …"; the date alone heads them, and the body is read above it.
    private static func recordHeading(at i: Int, in blocks: [Block]) -> MeetingDraft? {
        let text = blocks[i].text
        guard text.utf8.count <= 200 else { return nil }
        let named = AgendaReader.bodyBeforeDate(text)
        guard let (date, tail) = AgendaReader.leadingDate(named?.1 ?? text) else { return nil }
        let body = named?.0
        var time = TimeScanner.scan(tail).first?.time
        var location: String?
        var next = i + 1
        var between = 0
        // Printed minutes may put the time and the room on lines of their own between the date and the roll:
        // "THURSDAY, 26 APRIL 2012" / "4.30 pm" / "Mandela Room, Town Hall" / "PRESENT: …".
        while next < blocks.count {
            let b = blocks[next]
            if b.kind == .furniture { next += 1; continue }
            if roll(b)?.list == .present { break }
            guard between < 3, b.kind == .paragraph || b.kind == .heading, b.enumerator == nil, b.continuations.isEmpty,
                TextShape.wordCount(b.text, limit: 10) <= 10
            else { return nil }
            if let t = TimeScanner.scan(b.text).first?.time {
                time = time ?? t
            } else if TextShape.endsSentence(b.text) {
                return nil
            } else if location == nil {
                location = b.text
            }
            between += 1
            next += 1
        }
        guard next < blocks.count else { return nil }
        return MeetingDraft(body: body, date: date, time: time, location: location, status: .held, line: blocks[i].line, source: .minutes)
    }

    /// "The panel met at Pittwood House, Scunthorpe.": where the meeting was held.
    private static func metAt(_ text: String) -> String? {
        // The subject is the meeting itself: "The panel", "The Board" (not "Officers met at the school to …").
        guard text.utf8.count <= 160, let at = text.firstByteRange(of: " met at ") ?? text.firstByteRange(of: " met in "),
            TextShape.wordCount(String(text[..<at.lowerBound]), limit: 4) <= 3, BodyName.hasBodyNoun(String(text[..<at.lowerBound]))
        else { return nil }
        let place = String(text[at.upperBound...].trimmingCharacters(in: " ."))
        return place.isEmpty || TextShape.wordCount(place, limit: 10) > 10 ? nil : place
    }

    /// A line of its own under "Present:": one person and their role ("Jane Doe, Director of Children's
    /// Services"), or a list ("Councillors Bainbridge, Cawsey and Whiteley").
    private static func nameLine(_ text: String) -> [String] {
        let listed = names(text)
        // "DS Ann Lee, Thames Valley Police": a person and the agency they attend for.
        if listed.count == 2, !startsWithPluralTitle(text), isRole(listed[1]) || isAgency(listed[1]) { return [listed[0] + ", " + listed[1]] }
        return listed
    }

    /// "Cllr David Harrington (Chairman), Cllr Mrs Ann Cains, Cllr Dick Cains, …" under "Present:": a long line of
    /// names, each piece between commas or semicolons a capitalised name of a few words (a role in parentheses).
    private static func isNameList(_ text: String, minimum: Int = 3) -> Bool {
        let pieces = text.split(whereSeparator: { $0 == "," || $0 == ";" })
        guard pieces.count >= minimum, pieces.count <= 200 else { return false }
        return pieces.allSatisfy { piece in
            let name = piece.split(separator: "(").first.map { $0.trimmingCharacters(in: " .") } ?? ""
            let words = name.split(separator: " ")
            return (1...6).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || $0 == "and" || $0 == "&" }
        }
    }

    private static func startsWithPluralTitle(_ text: String) -> Bool {
        pluralTitle(opening: text) != nil && TextShape.wordCount(text, limit: 30) <= 30
    }

    /// "Councillors A Smith, B Jones", "Councillors: B Jones": the singular title a list's first word gives each name.
    private static func pluralTitle(opening text: String) -> (title: String, rest: Substring)? {
        // One word ("Councillors") or two ("County Councillors").
        guard let space = text.firstIndex(of: " ") else { return nil }
        let second = text[text.index(after: space)...].firstIndex(of: " ")
        for end in [second, space].compactMap({ $0 }) {
            guard let title = MeetingVocabulary.pluralTitles[String(text[..<end].lowercased().trimmingCharacters(in: ":"))] else { continue }
            return (title, text[text.index(after: end)...])
        }
        return nil
    }

    /// Who a minutes line lists: "Present: Councillor Carole Gandy (chairperson)", "In attendance: …", "Apologies for
    /// absence were received from Councillor Paul Andrews, Mr Burbidge …", or a cover table's row "Present | A Smith,
    /// B Jones". Nil for any other line.
    static func roll(_ block: Block) -> Roll? {
        if block.kind == .tableRow {
            let filled = block.cells.map(\.text).filter { !$0.isEmpty }
            guard filled.count >= 2 else { return nil }
            let label = filled[0].trimmingCharacters(in: " :")
            let rest = filled.dropFirst().joined(separator: ", ")
            return roll(label: String(label), rest: rest, canFollow: false) ?? apologies(filled[0] + " " + rest)
        }
        // "Attendance Details" over a line of names, as AKS minutes print their roll.
        if block.kind != .tableRow, StructureVocabulary.attendanceHeadings.contains(TextShape.key(block.text)) {
            return Roll(list: .present, names: [], namesFollow: true)
        }
        // A label is a few words before the colon ("Also in attendance:"), never a sentence's clause.
        if let colon = block.text.utf8.firstIndex(of: UInt8(ascii: ":")), block.text.utf8.distance(from: block.text.startIndex, to: colon) <= 40,
            let roll = roll(label: String(block.text[..<colon]), rest: String(block.text[block.text.index(after: colon)...]), canFollow: true)
        {
            return roll
        }
        // "Present - Councillors Mrs. Thomas (Mayor), …": a spaced dash for the colon.
        if let r = block.text.firstSpacedDash(), block.text.utf8.distance(from: block.text.startIndex, to: r.lowerBound) <= 40,
            let roll = roll(label: String(block.text[..<r.lowerBound]), rest: String(block.text[r.upperBound...]), canFollow: true)
        {
            return roll
        }
        return apologies(block.text)
    }

    /// "Present: …" and the other attendance labels; the names on the lines after belong to it too.
    private static func roll(label: String, rest: String, canFollow: Bool) -> Roll? {
        let key = TextShape.key(label)
        guard presentKeys.contains(key) else { return nil }
        // "Councillors: B Jones, C Brown": the plural title labels each name, as in a list that opens with it.
        let list = MeetingVocabulary.pluralTitles[key] == nil ? rest : key + " " + rest
        return Roll(list: .present, names: names(list), namesFollow: canFollow)
    }

    private static let presentKeys = Set(MeetingVocabulary.presentLabels.map(TextShape.key))

    /// "Apologies: …", "Apologies for absence were received from …", "Apologies were noted from the following:" (the
    /// names on the lines after), "Apologies – none".
    static func apologies(_ text: String) -> Roll? {
        // Asked of every block of minutes: a folded prefix test (every apology label starts "apol") before splitting
        // the text into words.
        guard ["apol", "an apol", "the apol"].contains(where: { text.hasPrefixFolded($0) }) else { return innerApologies(text) }
        var words = TextShape.words(text)
        // "An apology for absence was received from …".
        if words.count > 1, ["an", "the"].contains(words[0].lowercased()) { words.removeFirst() }
        guard let first = words.first,
            MeetingVocabulary.apologyLabels.contains(bare(first))
        else { return nil }
        // "Apologies for lateness were received from …": they came, late.
        if words.count > 2, words[1].lowercased() == "for", MeetingVocabulary.lateWords.contains(words[2].lowercased()) { return nil }
        var k = 1
        while k < words.count, MeetingVocabulary.apologyLeadWords.contains(bare(words[k])) {
            k += 1
        }
        let rest = k < words.count ? String(text[words[k].startIndex...].trimmingCharacters(in: " :–-")) : ""
        let lower = rest.lowercased()
        // "the following:", "the following members" — a lead-in of a few words, not a name.
        let leadIn = MeetingVocabulary.namesFollowCues.contains { lower.hasPrefix($0) } && TextShape.wordCount(rest, limit: 5) <= 4
        if rest.isEmpty || leadIn {
            return Roll(list: .apologies, names: [], namesFollow: true)
        }
        if lower.hasPrefix("none") || lower.hasPrefix("there were no") || lower.hasPrefix("no apologies") {
            return Roll(list: .apologies, names: [], namesFollow: false)
        }
        return Roll(list: .apologies, names: names(firstSentence(rest)), namesFollow: false)
    }

    /// A word of an apologies line lower-cased and without its label marks ("Apologies:" → "apologies").
    private static func bare(_ word: Substring) -> String {
        String(word.lowercased().trimmingCharacters(in: ":.–-"))
    }

    /// Apologies told inside a paragraph: "The Chair welcomed everyone. Apologies had been received from Councillors
    /// A and B.", "Introductions were made and apologies were noted from …", "… and the following apologies were
    /// noted:". The wording must say they were received or noted, so "apologised for the delay" lists no one.
    private static func innerApologies(_ text: String) -> Roll? {
        guard text.containsFolded(" apolog") else { return nil }
        let words = TextShape.words(text)
        guard let at = words.indices.dropFirst().first(where: { words[$0].lowercased().hasPrefix("apolog") }) else { return nil }
        let leads = words[(at + 1)...].prefix { MeetingVocabulary.apologyLeadWords.contains(bare($0)) }
        guard leads.contains(where: { MeetingVocabulary.apologyVerbs.contains(bare($0)) }) else { return nil }
        return apologies(String(text[words[at].startIndex...]))
    }

    /// "Apologies for absence:" over "were submitted on behalf of Cllr Broughton, Cllr Inman.": the label's sentence
    /// goes on, in lower case, on the next line.
    private static func apologies(continuing text: String) -> Roll? {
        guard let first = TextShape.words(text).first, first.first?.isLowercase == true,
            MeetingVocabulary.apologyLeadWords.contains(first.lowercased())
        else { return nil }
        return apologies("Apologies " + text)
    }

    /// "Cllr Butterill and Cllr Handley. Cllr Puddicombe attended as a substitute." → up to "Handley": the list
    /// ends with its sentence (not at "Mr." or an initial "A.").
    private static func firstSentence(_ text: String) -> String {
        var search = text.startIndex
        while let stop = text[search...].firstByteRange(of: ". ") {
            let before = text[..<stop.lowerBound].split(separator: " ").last.map { String($0.lowercased()) } ?? ""
            if before.utf8.count > 1, !MeetingVocabulary.personTitles.contains(before) {
                return String(text[..<stop.lowerBound])
            }
            search = stop.upperBound
        }
        return text
    }

    /// "RESOLVED: That …" → "That …"; nil for any other line.
    /// "Resolved – That …" and "RESOLVED: That …" alike; "RESOLVED:" alone gives "" (the decision is the next line).
    static func decision(_ text: String) -> String? {
        let tokens = Tokenizer.tokens(text)
        // "RESOLVEDThat the minutes …": the converter lost the space after the capitals.
        if let first = tokens.first, first.kind == .word, let glued = MeetingVocabulary.decisionMarkers.first(where: {
            first.text.hasPrefix($0.uppercased()) && first.text.utf8.count > $0.utf8.count + 1
        }) {
            let rest = first.text.dropFirst(glued.count)
            if rest.first?.isUppercase == true, rest.dropFirst().first?.isLowercase == true {
                return String(text.utf8Slice(first.start + glued.utf8.count, text.utf8.count))
            }
        }
        // "It was agreed that the report be noted.": the minute's passive form of the marker.
        for lead in MeetingVocabulary.decisionLeads where text.hasPrefixFolded(lead) {
            let rest = text.utf8Slice(lead.utf8.count, text.utf8.count).trimmingCharacters(in: " ")
            return rest.isEmpty ? nil : String(rest)
        }
        guard let first = tokens.first, first.kind == .word, MeetingVocabulary.decisionMarkers.contains(first.lower) else {
            return innerDecision(text, tokens)
        }
        var k = 1
        // "Resolved unanimously: That …".
        if k + 1 < tokens.count, MeetingVocabulary.decisionAdverbs.contains(tokens[k].lower), tokens[k + 1].kind == .mark { k += 1 }
        // "Resolved that the report be noted": a line opening so is a decision, colon or not.
        let thatFollows = k < tokens.count && tokens[k].lower == "that"
        guard first.text == first.text.uppercased() || thatFollows
            || (tokens.count > k && MeetingVocabulary.decisionMarks.contains(tokens[k].text) && (tokens[k].text == ":" || tokens[k].spaced))
        else { return nil }
        // "Resolved – (a) That …": the marks after the marker go, a part's opening parenthesis stays.
        while k < tokens.count, tokens[k].kind == .mark, tokens[k].text != "(" { k += 1 }
        // "RESOLVED" alone on its line: the decision is the paragraph under it.
        guard k < tokens.count else { return k > 1 || first.text == first.text.uppercased() ? "" : nil }
        guard k > 1 || first.text == first.text.uppercased() || thatFollows else { return nil }
        return String(text.utf8Slice(tokens[k].start, text.utf8.count))
    }

    /// A decision opened inside a paragraph: "Following discussions it was RESOLVED: …", "The Committee RESOLVED that
    /// …", "It was moved, seconded and RESOLVED that …", "After discussion, it was unanimously agreed that …",
    /// "The minutes were agreed. RESOLVED that …". The marker is in capitals, or its subject is "it was", the body
    /// or its members; "that", "to" or a colon follows. "" when the decision is the next block.
    private static func innerDecision(_ text: String, _ tokens: [Token]) -> String? {
        // Asked of every block of minutes: a byte search before the walk over its words.
        guard text.containsFolded("resolved") || text.containsFolded("agreed") else { return nil }
        for k in tokens.indices.dropFirst() where ["resolved", "agreed"].contains(tokens[k].lower) {
            var s = k - 1
            if MeetingVocabulary.decisionAdverbs.contains(tokens[s].lower), s > 0 { s -= 1 }
            let capitals = tokens[k].text == tokens[k].text.uppercased()
            let subject = tokens[s].lower == "was" && s > 0 && tokens[s - 1].lower == "it"
                || MeetingVocabulary.bodyNouns.contains(tokens[s].lower) || tokens[s].lower == "members"
                || tokens[s].lower == "and" && s > 0 && tokens[s - 1].lower == "seconded"
            guard capitals || subject else { continue }
            var j = k + 1
            if j < tokens.count, MeetingVocabulary.decisionAdverbs.contains(tokens[j].lower) { j += 1 }
            guard j < tokens.count else { return "" }
            if tokens[j].lower == "that" || tokens[j].lower == "to" && j + 1 < tokens.count && tokens[j + 1].kind == .word {
                let from = tokens[j].lower == "that" ? j + 1 : j
                return from < tokens.count ? String(text.utf8Slice(tokens[from].start, text.utf8.count)) : nil
            }
            guard MeetingVocabulary.decisionMarks.contains(tokens[j].text) else { continue }
            while j < tokens.count, tokens[j].kind == .mark, tokens[j].text != "(" { j += 1 }
            return j < tokens.count ? String(text.utf8Slice(tokens[j].start, text.utf8.count)) : ""
        }
        return nil
    }

    /// "Declarations of interest", "Public Questions", "Minutes of the last meeting": the next item's heading after a
    /// list of names, whatever its kind as a block.
    private static func opensAgendaHeading(_ text: String) -> Bool {
        guard let first = TextShape.words(text).first else { return false }
        return MeetingVocabulary.headingWords.contains(first.lowercased())
    }

    /// "Jane Smith", "Ann Lee – Thames Valley Police", "Dr Bob Green, Designated Doctor": a person's name alone, or
    /// before a dash or comma and what they attend as; not an agenda heading ("Public Questions").
    private static func isPersonLine(_ text: String) -> Bool {
        let end = text.firstSpacedDash()?.lowerBound ?? text.firstIndex(of: ",") ?? text.endIndex
        let name = withoutParenthesis(withoutTitle(text[..<end].trimmingCharacters(in: " "))).trimmingCharacters(in: " ")
        guard !TextShape.words(name).contains(where: { MeetingVocabulary.headingWords.contains($0.lowercased()) }) else { return false }
        return isBareName(name) && TextShape.wordCount(text, limit: 16) <= 15 && !TextShape.endsSentence(text)
    }

    /// A line that goes on a present list: a short name line ("Councillor Diana Toynbee (vice-chairperson)").
    private static func isNameLine(_ text: String) -> Bool {
        let words = TextShape.words(text)
        return (2...14).contains(words.count) && TextShape.startsUppercase(text) && !TextShape.endsSentence(text)
    }

    /// Names in a list: split on ";" when present ("Director Children and Families; Head of …"), else on
    /// commas and a final " and ". When the list names people by title ("Councillor …", "Mr …"), a piece without
    /// one is that person's role: "Councillor Felicity Norman, Cabinet Member for Children and Families".
    static func names(_ list: String, shareTitle: Bool = false) -> [String] {
        // "PRESENT:- Miss R Ellam, …": a dash after the label's colon.
        var trimmed = String(list.trimmingCharacters(in: " .:"))
        // "Councillor Wilson in the chair": the chair, as other minutes write "(Chair)".
        for phrase in [" in the chair", " in the Chair"] where trimmed.hasSuffix(phrase) {
            trimmed = String(trimmed.dropLast(phrase.count)) + " (Chair)"
        }
        while let first = trimmed.first, first == "-" || first == "–" { trimmed = String(trimmed.dropFirst().trimmingCharacters(in: " ")) }
        guard !trimmed.isEmpty else { return [] }
        // "Councillors A Smith (Chair), B Jones and C Brown": the plural title belongs to each name.
        // ("Councillors: B Jones, C Brown and D Green" on the line under "Present:" is the same.)
        // "Councillors Mrs Beaumont, Cherrett and Mrs Norton": an honorific stays after the council title; "Councillors
        // Smith and Jones": the last "and" (or "&") always joins two of the names.
        if let (title, rest) = pluralTitle(opening: trimmed) { return names(rest, each: title) }
        if trimmed.contains(";") {
            // "Mr G Davies (co-opted); Adam Newsham (Yarm), Paul Blackburn": a group of names between semicolons is
            // split on its commas too; "Director, Children and Families; Head of …" keeps its roles whole.
            return trimmed.split(separator: ";").map { String($0.trimmingCharacters(in: " .")) }.filter { !$0.isEmpty }
                .flatMap { isNameList($0, minimum: 2) ? names($0) : [$0] }
        }
        // "Sam Proffitt, Vicky Shepherd, and Sarah Johns": the serial comma's "and" opens no name.
        let pieces = splitOutsideParentheses(trimmed, on: ",").map { piece -> String in
            let bare = withoutSubstitute(piece.trimmingCharacters(in: " ."))
            for joiner in ["and ", "& "] where bare.hasPrefix(joiner) { return String(bare.dropFirst(joiner.count)) }
            return String(bare)
        }
        let titled = pieces.first.map(startsWithTitle) ?? false
        // "Councillor Congreve, Gordon, Howells and Stubbs": surnames alone after a titled first name.
        let surnames = titled && pieces.count > 2 && pieces.dropFirst().dropLast().allSatisfy(isSurname)
        var out: [String] = []
        for (n, piece) in pieces.enumerated() where !piece.isEmpty {
            // "the Chairman, Councillor Royle and Councillors Fearn and Joy": a plural title within the list gives
            // each of its names the title.
            if n > 0, let (title, rest) = pluralTitle(opening: piece) {
                out += names(rest, each: title)
                continue
            }
            var parts = [piece]
            if let and = piece.find(" and ") ?? piece.find(" & ") {
                let right = piece[and.upperBound...]
                let last = n == pieces.count - 1 && (pieces.count > 1 || shareTitle)
                // "Councillor Richard Smith, Toni Bromley and Graeme Sunderland": names alone on both sides are two
                // people; "Head of Children and Families" is one role.
                let left = piece[..<and.lowerBound]
                // (Under a plural title the last "and" always parts two: "Councillors Mrs. Thomas, Abdullah and Smith".)
                // ("Martin Brecknell (Co-opted member) and Mannah Kargbo (Co-opted member)": each name keeps its role.)
                let twoNames = last && (shareTitle || isBareName(withoutParenthesis(withoutTitle(left))) && isBareName(withoutParenthesis(right))
                    || surnames && isSurname(String(left)) && isSurname(String(right)))
                // "Cllrs Quick and Mrs Airey, and Hilary Hall": a title after "and" opens a name anywhere in the list.
                // "Councillor Royle and Councillors Fearn and Joy": a plural title after "and" opens names anywhere.
                if titled || shareTitle ? startsWithTitle(right) || twoNames : last || pluralTitle(opening: String(right)) != nil {
                    parts = [String(piece[..<and.lowerBound]), String(right)]
                }
            }
            for part in parts {
                if parts.count > 1, part != parts[0], let (title, rest) = pluralTitle(opening: part) {
                    out += names(rest, each: title)
                    continue
                }
                // (A role in parentheses belongs to the name before it: "Raisel Freedman (Co-Opted Member)" is a person.)
                if titled, !startsWithTitle(part), isRole(String(withoutParenthesis(Substring(part)))), let last = out.popLast() {
                    out.append(last + ", " + part)
                } else {
                    out.append(part)
                }
            }
        }
        return withRolesPlaced(out)
    }

    /// "Fearn and Joy" under the plural "Councillors" → "Councillor Fearn", "Councillor Joy" (an honorific or a council
    /// title already written stays: "Councillors Mrs Beaumont" → "Councillor Mrs Beaumont").
    private static func names(_ list: Substring, each title: String) -> [String] {
        names(String(list), shareTitle: true).map { hasCouncilTitle($0) ? $0 : title + " " + $0 }
    }

    /// "the Chairman", "Councillor Royle" → "Councillor Royle (Chairman)": a role written before the person holding it.
    private static func withRolesPlaced(_ names: [String]) -> [String] {
        var out: [String] = []
        var role: String?
        for name in names {
            if name.hasPrefixFolded("the "), isRole(name), TextShape.wordCount(name, limit: 4) <= 3 {
                role = String(name.dropFirst(4))
                continue
            }
            if let r = role, startsWithTitle(name) { out.append(name + " (" + r + ")") } else { out.append(name) }
            role = nil
        }
        if let role { out.append("the " + role) }
        return out
    }

    /// "Cllr P. McDonald with Cllr S. Douglas attending as his substitute" → "Cllr P. McDonald".
    private static func withoutSubstitute<S: StringProtocol>(_ piece: S) -> String {
        let text = String(piece)
        for lead in MeetingVocabulary.substituteLeads {
            if let r = text.firstByteRange(of: lead) { return String(text[..<r.lowerBound]) }
        }
        if let r = text.firstByteRange(of: " with "), text.containsFolded("substitut") || text.containsFolded("attending"),
            startsWithTitle(text[r.upperBound...])
        {
            return String(text[..<r.lowerBound])
        }
        return text
    }

    /// "Gordon", "Howells": one capitalised word, no role's.
    private static func isSurname(_ s: String) -> Bool {
        let words = TextShape.words(s)
        return words.count == 1 && words[0].first?.isUppercase == true && !words[0].contains(where: { $0.isNumber }) && !isRole(s)
    }

    /// "Councillor Woodcock-Vellemen" → "Woodcock-Vellemen": a council title before the name.
    private static func withoutTitle(_ s: Substring) -> Substring {
        guard startsWithTitle(s), let space = s.firstIndex(of: " ") else { return s }
        return s[s.index(after: space)...]
    }

    /// "Raisel Freedman (Co-Opted Member)" → "Raisel Freedman": the role after the name.
    private static func withoutParenthesis(_ s: Substring) -> Substring {
        guard let open = s.firstIndex(of: "(") else { return s }
        return s[..<open]
    }

    /// "Toni Bromley", "Woodcock-Vellemen": a person's name, two to four capitalised words (or one hyphenated
    /// surname), none a role's or a body's ("Education and Skills" is a portfolio).
    private static func isBareName(_ s: Substring) -> Bool {
        let words = TextShape.words(s)
        return ((2...4).contains(words.count) || words.count == 1 && words[0].contains("-")) && words.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: { $0.isNumber }) }
            && !isRole(String(s)) && !BodyName.hasBodyNoun(String(s))
    }

    /// "Cabinet Member for Schools", "Head of Early Help", "Chair": a role's wording, not a person's name ("J Brown").
    private static func isRole(_ piece: String) -> Bool {
        TextShape.words(piece).contains { word in
            let bare = word.trimmingCharacters(in: "()[],.")
            return MeetingVocabulary.roleWords.contains(bare.lowercased()) || MeetingVocabulary.roleJoiners.contains(String(bare))
        }
    }

    /// "Thames Valley Police", "Bristol City Council", "Cafcass": an organisation a member attends for.
    private static func isAgency(_ piece: String) -> Bool {
        TextShape.words(piece).contains { MeetingVocabulary.agencyWords.contains($0.lowercased()) }
    }

    /// "Councillor …", "Cllr …", "County Councillor …": a member's council title, which a plural "Councillors" need
    /// not add again.
    private static func hasCouncilTitle(_ name: String) -> Bool {
        councilTitles.contains { name.hasPrefixFolded($0 + " ") || name.hasPrefixFolded($0 + ". ") }
    }

    /// The singular titles, folded as `hasPrefixFolded` compares them.
    private static let councilTitles = Set(MeetingVocabulary.pluralTitles.values.map { $0.lowercased() })

    private static func startsWithTitle<S: StringProtocol>(_ s: S) -> Bool {
        let first = s.split(separator: " ").first.map { String($0.lowercased().trimmingCharacters(in: ".")) } ?? ""
        return MeetingVocabulary.personTitles.contains(first)
    }

    private static func splitOutsideParentheses(_ s: String, on separator: Character) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for ch in s {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth = max(0, depth - 1) }
            if ch == separator, depth == 0 {
                out.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        out.append(current)
        return out
    }
}
