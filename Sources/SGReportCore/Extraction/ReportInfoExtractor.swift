/// Reads what a report is from its cover and opening: title, organisation, kind, period, date.
///
/// Walsall's cover "Walsall Safeguarding Children Board / and / Walsall Safeguarding Partnership /
/// Annual Report 2019 – 2020" → an annual report titled with all four lines, period 2019-20.
enum ReportInfoExtractor {
    /// How far into a document its own date and organisation are looked for.
    static let openingLines = 120
    /// Cover lines that can make up a title.
    static let maxTitleLines = 4

    static func extract(from text: ParsedText) -> ReportInfo {
        let titleBlocks = titleBlocks(text)
        let title = joinTitle(titleBlocks.map(\.text))
        let kind = kind(title: title, text: text)
        return ReportInfo(
            title: title,
            organisation: organisation(titleBlocks: titleBlocks, text: text),
            kind: kind,
            // An agenda's or minutes' text names many years; only a title naming a report's own ("Agenda item" /
            // "… Annual Report 2017 - 2018") gives one.
            period: kind == .agenda || kind == .minutes ? title.flatMap(period(title:)) : period(title: title, text: text),
            published: published(text))
    }

    /// The first lines of the cover, up to a date, a label, a contents list or prose.
    static func titleBlocks(_ text: ParsedText) -> [Block] {
        var lines: [Block] = []
        for block in text.blocks.prefix(max(text.outline.coverEnd, 1) + 2) {
            guard block.kind == .heading || block.kind == .paragraph else {
                if block.kind == .furniture { continue }
                break
            }
            // "1. Minutes of the previous meeting" under an agenda's title: numbered items are its business.
            if !lines.isEmpty, block.enumerator != nil { break }
            // A page saved from the web may open with its address ("Source: https://…"): never a title, and the
            // page's title follows it.
            if lines.isEmpty, block.text.containsBytes("://") { continue }
            let words = TextShape.words(block.text)
            if words.count > 16 || block.text.containsBytes(": ") || block.text.hasSuffix(":") { break }
            // "The 2022/23 target is 576." is prose, however short; titles are noun phrases.
            if words.contains(where: { StructureVocabulary.sentenceWords.contains($0.lowercased()) }) { break }
            if HeadingClassifier.isDateLine(words) || !DateScanner.scan(block.text).isEmpty && words.count <= 6 { break }
            lines.append(block)
            if lines.count == maxTitleLines { break }
        }
        return lines
    }

    /// "Agenda" + "Children and Families Overview and Scrutiny Panel" → "Agenda – Children and …";
    /// other cover lines join with spaces.
    static func joinTitle(_ lines: [String]) -> String? {
        var title = ""
        for line in lines {
            let piece = String(line.trimmingCharacters(in: " .,"))
            guard !piece.isEmpty else { continue }
            if title.isEmpty {
                title = piece
            } else if TextShape.wordCount(title, limit: 1) == 1, ReportVocabulary.kindCues.contains(where: { $0.phrase == title.lowercased() }) {
                title += " – " + piece
            } else {
                title += " " + piece
            }
        }
        return title.isEmpty ? nil : title
    }

    static func kind(title: String?, text: ParsedText) -> ReportKind {
        // Byte search, ASCII case folded: the cues are ASCII, and a generic `contains` over a run-on cover paragraph
        // cost a quarter of the time of a whole document.
        let cover = ([title ?? ""] + text.blocks.prefix(8).map(\.text)).joined(separator: " ")
        for cue in ReportVocabulary.kindCues where cover.containsFolded(cue.phrase) {
            return cue.kind
        }
        return .unknown
    }

    /// The publisher: an organisation named in the title, else one named in the opening lines;
    /// a committee's organisation is its council.
    static func organisation(titleBlocks: [Block], text: ParsedText) -> String? {
        for block in titleBlocks {
            if let name = OrganisationName.find(in: block.text, allowCommittee: false) { return name }
        }
        // ALL-CAPS lines are headings and notices ("WHAT ABOUT MEMBERSHIP OF ANOTHER AUTHORITY"), not names.
        for line in text.lines.prefix(openingLines) where !line.isBlank && !TextShape.isAllCaps(line.text) {
            if let name = OrganisationName.find(in: line.text, allowCommittee: false) { return name }
        }
        return nil
    }

    /// The period in the title; else the financial year the document names most often.
    static func period(title: String?, text: ParsedText) -> Period? {
        if let title, let own = period(title: title) { return own }
        var counts: [String: (count: Int, period: Period, order: Int)] = [:]
        for (order, line) in text.lines.enumerated() where !line.isBlank {
            for mention in PeriodScanner.scan(line.text) {
                if !mention.isFinancialYear, order < openingLines { return mention.period }
                let entry = counts[mention.period.label] ?? (0, mention.period, order)
                counts[mention.period.label] = (entry.count + 1, entry.period, entry.order)
            }
        }
        // Ties go to the earlier line, then (on one line, as in a table header "2018/19  2019/20") to the later
        // label; without that last key the choice followed the dictionary's order, which differs run to run.
        return counts.values.max { ($0.count, -$0.order, $0.period.label) < ($1.count, -$1.order, $1.period.label) }?.period
    }

    /// The first period a title names: "… Annual Report 2017 - 2018" → 2017-18.
    static func period(title: String) -> Period? {
        PeriodScanner.scan(title).first?.period
    }

    /// "Date: August 2017", "Dated: 13th September 2022", else a date on the cover (an agenda's meeting date).
    static func published(_ text: ParsedText) -> PartialDate? {
        for line in text.lines.prefix(openingLines * 2) where !line.isBlank {
            let candidates = line.cells.map { [$0.map(\.text).joined(separator: ": ")] } ?? [line.text]
            for candidate in candidates {
                guard let colon = candidate.utf8.firstIndex(of: UInt8(ascii: ":")) else { continue }
                let label = TextShape.key(String(candidate[..<colon]))
                guard ReportVocabulary.dateLabels.contains(label) else { continue }
                if let date = DateScanner.scan(String(candidate[colon...])).first?.date() { return date }
            }
        }
        for block in text.blocks.prefix(text.outline.coverEnd + 3) where block.kind != .contents {
            if let date = DateScanner.scan(block.text).first?.date() { return date }
        }
        return nil
    }
}
