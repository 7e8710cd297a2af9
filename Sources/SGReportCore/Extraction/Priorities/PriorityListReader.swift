/// Reads priorities listed under a heading or lead-in that introduces them, one per item.
///
/// "2. The Board's activities during the year focussed on its priorities:" / "- Early Help" → priority "Early Help";
/// "Priorities and Next Steps in 2020-21" / "- Launch the CSA strategy …" → scope next;
/// "Action Plan Key Priorities" / "Mapping out all diversionary activities …" / "Progress: This work is …" →
/// a priority with its progress paragraph.
enum PriorityListReader {
    static func read(_ text: ParsedText, report: ReportInfo) -> [PriorityDraft] {
        let blocks = text.blocks
        var drafts: [PriorityDraft] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            // A short unpunctuated line the parser left as a paragraph ("Our Strategic Priorities") heads a list too.
            let headingLike = block.kind == .heading
                || (block.kind == .paragraph && TextShape.wordCount(block.text, limit: 8) <= 8 && !TextShape.endsClause(block.text))
            let isHeadingCue = headingLike && isCue(block.text, heading: true)
            let isLeadInCue = !isHeadingCue && [.paragraph, .listItem].contains(block.kind) && isCue(block.text, heading: false)
            guard isHeadingCue || isLeadInCue else {
                index += 1
                continue
            }
            let context = PriorityContext(text: text, blockIndex: index)
            let future = isLeadInCue && PriorityVocabulary.futureLeadIns.contains { block.text.containsFolded($0) }
            let scope = future ? .next : PriorityText.scope(of: block.text, report: report)
                ?? (isHeadingCue ? nil : context.scope(report: report)) ?? .current
            let section = isHeadingCue ? block.text : context.section
            let found: (drafts: [PriorityDraft], end: Int)
            if isHeadingCue, hasProgressLabels(blocks, after: index) {
                found = readAlternating(blocks, after: index, scope: scope, section: section)
            } else if let numbered = readNumbered(blocks, after: index, scope: scope, section: section) {
                found = numbered
            } else {
                let listed = readList(blocks, after: index, leadIn: block, scope: scope, section: section)
                if !listed.0.isEmpty {
                    found = listed
                } else if isHeadingCue {
                    found = HeadedPriorityList.read(blocks, after: index, scope: scope, section: section) ?? listed
                } else {
                    found = readBareLines(blocks, after: index, scope: scope, section: section) ?? listed
                }
            }
            drafts += found.drafts
            index = max(index + 1, found.end)
        }
        return drafts
    }

    /// A heading or a lead-in ending ":" whose head noun is "priorities": "Action Plan Key Priorities",
    /// "Board Priorities and activities", "identified three strategic priorities:". Not "Activities undertaken
    /// by the Board to support its priorities" nor "Progress against Our Priorities".
    static func isCue(_ text: String, heading: Bool) -> Bool {
        // Most blocks never say "priorities": a byte search spares splitting them into words. Every focus phrase
        // says "priorit…" or "focus", so one search for each settles most blocks.
        guard text.containsFolded("priorit")
            || text.containsFolded("focus") && PriorityVocabulary.focusPhrases.contains(where: { text.containsFolded($0) })
        else {
            return false
        }
        if heading {
            guard TextShape.wordCount(text, limit: 14) <= 14 else { return false }
            return namesList(text) != nil
        }
        // "The Priorities are;": a semicolon for the colon, as PDFs of business plans have it.
        let colon = PriorityText.endsLeadIn(text) || text.hasSuffix(";") && ["are", "were", "be", "include"].contains(PriorityText.words(text).last ?? "")
        guard colon else { return false }
        // "… the partnership's key priority areas outlined in the business plan. These are:": the sentence before
        // a short opener names the list.
        let sentences = text.dropLast().split(separator: ".").map(String.init)
        if sentences.count >= 2, let opener = sentences.last,
            PriorityVocabulary.listOpeners.contains(PriorityText.words(opener).joined(separator: " ")),
            // "… an update against the partnership's key priority areas. These are:" — what "these" are is plain.
            let named = namesList(sentences[sentences.count - 2], blockers: false)
        {
            return named.after <= 7 && !named.coordinated
        }
        // "We review performance data. The agreed current priorities are:": the sentence that opens the list is the
        // lead-in; the sentences before it veto nothing.
        let leadIn = sentences.count >= 2 && sentences.last.map { namesList($0) != nil } == true ? sentences.last ?? text : text
        guard TextShape.wordCount(leadIn, limit: 40) <= 40, let named = namesList(leadIn) else { return false }
        // A lead-in names the list at its end: "… its priorities:", "… priorities for 2020-21 are:"; or opens with
        // it as the subject: "The priorities for 2016/17 are placed under our general themes of … and Governance:".
        return named.after <= 7 || opensWithPriorities(leadIn)
    }

    /// "The priorities for 2016/17 are …", "Our key priorities are …": the sentence is about the list it ends by opening.
    private static func opensWithPriorities(_ text: String) -> Bool {
        let words = PriorityText.words(text)
        var k = 0
        while k < words.count, k < 3, PriorityVocabulary.subjectLeads.contains(words[k]) { k += 1 }
        guard k > 0, k < words.count, words[k] == "priorities" else { return false }
        // "The priorities for the new partnership are grouped under …": its verb within six words.
        return words[(k + 1)..<min(words.count, k + 7)].contains { $0 == "are" || $0 == "will" }
    }

    /// Where the text names priorities (or areas of focus) as its head noun: how many words follow the noun, and
    /// whether it is one of several things named together ("the achievements, area of focus and areas of development").
    private static func namesList(_ text: String, blockers: Bool = true) -> (after: Int, coordinated: Bool)? {
        let namesFocus = PriorityVocabulary.focusPhrases.contains { text.containsFolded($0) }
        let words = PriorityText.words(text)
        // "Our areas of focus for 2022-23", "Focus areas", "key priority areas": the same list.
        guard let k = words.firstIndex(where: {
            $0 == "priorities" || $0.hasPrefix("priorities") || (namesFocus && ["focus", "areas", "themes"].contains($0))
        })
        else { return nil }
        // "… progress against the following key priorities:": "the following" announces the list itself, whatever
        // the words before it.
        let announced = words[max(0, k - 3)..<k].contains("following")
        if blockers, !announced, words[..<k].contains(where: { PriorityVocabulary.listCueBlockers.contains($0) }) { return nil }
        if words.contains(where: { PriorityVocabulary.listCueExcluders.contains($0) }) { return nil }
        let near = words[max(0, k - 4)..<min(words.count, k + 3)]
        return (words.count - k, near.contains("and"))
    }

    /// Items directly under the cue: the list items at the first item's depth, after an optional lead-in.
    private static func readList(
        _ blocks: [Block], after cue: Int, leadIn: Block, scope: Priority.Scope, section: String?
    ) -> ([PriorityDraft], Int) {
        var j = skipNoise(blocks, cue + 1)
        if leadIn.kind == .heading, j < blocks.count, blocks[j].kind == .paragraph, PriorityText.endsLeadIn(blocks[j].text) {
            j = skipNoise(blocks, j + 1)
        }
        var drafts: [PriorityDraft] = []
        var depth: Int?
        while j < blocks.count {
            let block = blocks[j]
            if [.furniture, .contents].contains(block.kind) {
                j += 1
                continue
            }
            guard block.kind == .listItem else { break }
            if leadIn.kind == .listItem, block.depth <= leadIn.depth { break }
            let itemDepth = depth ?? block.depth
            depth = itemDepth
            if block.depth < itemDepth { break }
            if block.depth == itemDepth, !block.text.isEmpty {
                if TextShape.startsLowercase(block.text), var last = drafts.popLast() {
                    // A lower-case item continues the one before ("… in conjunction with" / "the University").
                    last.title = PriorityText.title(last.title + " " + block.text)
                    drafts.append(last)
                } else {
                    drafts.append(PriorityDraft(
                        number: block.enumerator, title: block.body, scope: scope, section: section, line: block.line))
                }
            } else if block.depth > itemDepth, var last = drafts.popLast() {
                last.actions.append(block.text)
                drafts.append(last)
            }
            j += 1
        }
        return (drafts, j)
    }

    /// "Targeted priorities for 17/18 were confirmed as:" over "Early Help" / "Disabled children" / "Online Safety":
    /// a list whose bullets the converter lost, each item a short line of its own, the run ending at the first
    /// line that is not one.
    private static func readBareLines(
        _ blocks: [Block], after cue: Int, scope: Priority.Scope, section: String?
    ) -> ([PriorityDraft], Int)? {
        guard PriorityText.endsLeadIn(blocks[cue].text) else { return nil }
        var j = skipNoise(blocks, cue + 1)
        var drafts: [PriorityDraft] = []
        while j < blocks.count, drafts.count < maxBareLines, HeadedPriorityList.isTitle(blocks[j]) {
            drafts.append(PriorityDraft(title: PriorityText.title(blocks[j].text), scope: scope, section: section, line: blocks[j].line))
            j = skipNoise(blocks, j + 1)
        }
        return drafts.count >= 2 ? (drafts, j) : nil
    }

    /// More short lines than a plan has priorities are the page's own headings.
    private static let maxBareLines = 12

    /// Items numbered 1, 2, 3 … that the parser read as short headings or paragraphs ("1. Neglect").
    private static func readNumbered(
        _ blocks: [Block], after cue: Int, scope: Priority.Scope, section: String?
    ) -> ([PriorityDraft], Int)? {
        var j = skipNoise(blocks, cue + 1)
        if j < blocks.count, blocks[j].kind == .paragraph, blocks[j].enumerator == nil, PriorityText.endsLeadIn(blocks[j].text) {
            j = skipNoise(blocks, j + 1)
        }
        var drafts: [PriorityDraft] = []
        var expected = 1
        while j < blocks.count, [.heading, .paragraph].contains(blocks[j].kind), let e = blocks[j].enumerator,
              Int(e) == expected || (expected <= 26 && e.lowercased() == String(UnicodeScalar(UInt8(96 + expected)))) {
            let block = blocks[j]
            // Committee papers number their paragraphs too: a priority is a short line, not a numbered paragraph.
            // ("1. Early Help – providing support as soon as a problem emerges …": a short name and its aim is one.)
            let length = TextShape.words(block.body).count
            let short = length <= 25 && (length <= 15 || !TextShape.endsSentence(block.body)) || PriorityText.nameAndAim(block.body) != nil
            // A plan may state each priority in full ("1. Continued integration across the partnership to ensure that
            // children in need are identified …. Support for Lead Practitioners …"): the first sentence names it, the
            // rest say how. A numbered paragraph of a committee paper is longer than that.
            guard short || length <= 80 else { break }
            var draft = PriorityDraft(number: e, title: block.body, scope: scope, section: section, line: block.line)
            if !short, let stop = block.body.firstByteRange(of: ". ") {
                draft.title = String(block.body[..<stop.lowerBound])
                draft.actions.append(String(block.body[stop.upperBound...].trimmingCharacters(in: " ")))
            }
            drafts.append(draft)
            expected += 1
            j = skipNoise(blocks, j + 1)
        }
        return drafts.count >= 2 ? (drafts, j) : nil
    }

    /// An action plan where each priority is followed by its `Progress:` paragraph, grouped under
    /// sub-group headings ("Get Safe Partnership"); a priority may itself be a short heading.
    private static func readAlternating(
        _ blocks: [Block], after cue: Int, scope: Priority.Scope, section: String?
    ) -> ([PriorityDraft], Int) {
        var drafts: [PriorityDraft] = []
        var current: PriorityDraft?
        var group = section
        var j = cue + 1
        func finish() {
            if let c = current { drafts.append(c) }
            current = nil
        }
        while j < blocks.count {
            let block = blocks[j]
            if [.furniture, .contents, .tableRow].contains(block.kind) {
                j += 1
                continue
            }
            let label = PriorityText.label(of: block.text)
            if block.kind == .heading {
                if isCue(block.text, heading: true) || NumberedPriorityReader.numbered(block) != nil || block.enumerator != nil { break }
                if label == nil, isFollowedByProgress(blocks, j) {
                    finish()
                    current = PriorityDraft(title: block.text, scope: scope, section: group, line: block.line)
                    j += 1
                    continue
                }
                // A sub-group heading: the plan goes on while progress notes follow it.
                guard hasProgressLabels(blocks, after: j) else { break }
                finish()
                group = section.map { "\($0) – \(block.text)" } ?? block.text
                j += 1
                continue
            }
            if let label {
                if var c = current {
                    if let content = label.content {
                        if label.kind == .actions { c.actions.append(content) } else if label.kind == .progress { c.progress.append(content) }
                    }
                    current = c
                }
                j += 1
                continue
            }
            // A statement that wraps onto the next paragraph ("… between Social Care," / "Education and …").
            var title = block.text
            var last = j
            while TextShape.endsWithJoiningWord(title) || title.hasSuffix(",") || title.hasSuffix("-"),
                  last + 1 < blocks.count, blocks[last + 1].kind == .paragraph,
                  PriorityText.label(of: blocks[last + 1].text) == nil {
                last += 1
                title += " " + blocks[last].text
            }
            let isolatedBullet = block.kind == .listItem && block.enumerator == nil && block.depth == 0
                && !TextShape.startsLowercase(block.text)
                && (j == 0 || blocks[j - 1].kind != .listItem) && (last + 1 >= blocks.count || blocks[last + 1].kind != .listItem)
            if isFollowedByProgress(blocks, last) || isolatedBullet {
                finish()
                current = PriorityDraft(title: title, scope: scope, section: group, line: block.line)
            } else if var c = current {
                c.progress.append(title)
                current = c
            }
            j = last + 1
        }
        finish()
        return (drafts, j)
    }

    /// Whether a `Progress:`-style label stands among the next few blocks before any further heading.
    private static func hasProgressLabels(_ blocks: [Block], after index: Int) -> Bool {
        var j = index + 1
        var seen = 0
        while j < blocks.count, seen < 6 {
            if ![.furniture, .contents].contains(blocks[j].kind) {
                if PriorityText.label(of: blocks[j].text)?.kind == .progress { return true }
                seen += 1
            }
            j += 1
        }
        return false
    }

    private static func isFollowedByProgress(_ blocks: [Block], _ index: Int) -> Bool {
        let j = skipNoise(blocks, index + 1)
        guard j < blocks.count, blocks[j].kind != .heading else { return false }
        return PriorityText.label(of: blocks[j].text)?.kind == .progress
    }

    private static func skipNoise(_ blocks: [Block], _ start: Int) -> Int {
        var j = start
        while j < blocks.count, [.furniture, .contents].contains(blocks[j].kind) { j += 1 }
        return j
    }
}
