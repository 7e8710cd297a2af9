/// Finds every quantitative fact in a report's blocks: prose paragraphs and list items sentence by sentence,
/// and tables of figures cell by cell. Headings, contents entries and page furniture hold none.
///
/// "- 1,265 'Children in Need' 1" under "On 31st March 2020, there were:" → 1265, count,
/// label "'Children in Need'", period "31st March 2020" (the trailing 1 is a footnote marker).
enum MetricExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Metric] {
        let blocks = text.blocks
        let guidance = MemberInterestGuidance.sections(of: text.outline)
        var out: [Metric] = []
        // The prose block whose last figure ends `out`: the next block may go on from it.
        var lastProse: Int?
        var i = 0
        while i < blocks.count {
            let block = blocks[i]
            if !guidance.isEmpty, i < text.outline.sectionOfBlock.count, let s = text.outline.sectionOfBlock[i],
                guidance.contains(s)
            {
                i += 1
                continue
            }
            switch block.kind {
            case .tableRow:
                var j = i
                while j < blocks.count, blocks[j].kind == .tableRow || blocks[j].kind == .furniture { j += 1 }
                let table = TableMetricReader.Table(
                    rows: Array(blocks[i..<j]), caption: caption(before: i, blocks), section: text.sectionTitle(ofBlock: i))
                out += TableMetricReader.read(table)
                i = j
            case .paragraph, .listItem:
                let before = blocks.skippingFurniture(backFrom: i - 1)
                let place = ProseMetricReader.Place(
                    line: { block.line(atOffset: $0) }, section: text.sectionTitle(ofBlock: i),
                    leadInPeriod: leadInPeriod(of: i, blocks), table: nil, caption: infographicCaption(of: i, blocks),
                    population: LeadInPopulation.of(i, blocks), continues: before >= 0 && before == lastProse ? out.last?.unit : nil)
                let reading = ProseMetricReader.read(block.text, bodyStart: bodyStart(block), place: place)
                if !reading.carried.isEmpty, let earlier = out.popLast() { out.append(earlier.adding(reading.carried)) }
                out += reading.metrics
                lastProse = reading.metrics.isEmpty && reading.carried.isEmpty ? nil : i
                i += 1
            case .heading, .contents, .furniture:
                i += 1
            }
        }
        return out
    }

    /// Where the block's own words start, past its list numbering ("2.", "1)", "a"), and past the item number of a
    /// council page's link ("67 Annual Safeguarding Children's Board Report (LSCB) pdf icon PDF 73 KB").
    private static func bodyStart(_ block: Block) -> Int {
        if block.linksDocument {
            let digits = block.text.utf8.prefix { InlineCleaner.isDigit($0) }.count
            if (1...4).contains(digits), block.text.utf8.dropFirst(digits).first == 0x20 { return digits + 1 }
        }
        guard block.enumerator != nil, block.text.hasSuffix(block.body) else { return 0 }
        return block.text.utf8.count - block.body.utf8.count
    }

    /// The period of the lead-in line a paragraph or list follows: "On 31st March 2020, there were:",
    /// "Between 1st April 2019 and 31st March 2020:".
    private static func leadInPeriod(of i: Int, _ blocks: [Block]) -> String? {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 40 {
            let b = blocks[k]
            if b.kind == .furniture || (b.kind == .listItem && blocks[i].kind == .listItem) {
                k -= 1
                steps += 1
                continue
            }
            guard b.kind == .paragraph || b.kind == .heading, b.text.hasSuffix(":"), TextShape.wordCount(b.text, limit: 25) <= 25 else { return nil }
            let t = Tokenizer.tokens(b.text)
            return PeriodFinder(text: b.text, tokens: t).periods.first(where: { !$0.isBase })?.label
        }
        return nil
    }

    /// For a paragraph of figures alone ("19.1%", "3112 (13.4%)"), the short line of words printed under it, else
    /// above it: PDF infographics come through the converter as figure and caption on lines of their own.
    private static func infographicCaption(of i: Int, _ blocks: [Block]) -> String? {
        // Figures alone are short ("£1.2 million (45%)"): a paragraph is refused by its length before tokenising.
        guard blocks[i].text.utf8.count <= 40 else { return nil }
        let tokens = Tokenizer.tokens(blocks[i].text)
        guard tokens.contains(where: { $0.kind == .number }),
            tokens.allSatisfy({ $0.kind != .word || MetricVocabulary.figureUnitWords.contains($0.lower) })
        else { return nil }
        // A scorecard prints its measure's title above the figure and a judgement under it ("Percentage of referrals
        // … within 12 months" / "19.9%" / "Requires improvement"): the judgement is no caption, and a title above
        // may carry its own numbers ("Rate of Looked After Children per 10,000 0-17 population").
        func caption(_ k: Int, above: Bool) -> String? {
            guard k >= 0, k < blocks.count else { return nil }
            let b = blocks[k]
            guard b.kind == .paragraph || b.kind == .heading, b.continuations.isEmpty,
                TextShape.wordCount(b.text, limit: 16) <= 16, !b.text.trimmingCharacters(in: " -–").hasSuffix(":"),
                !MetricVocabulary.judgementPhrases.contains(TextShape.key(b.text))
            else { return nil }
            if b.text.contains(where: \.isNumber) {
                guard above, TextShape.wordCount(b.text, limit: 5) >= 5, !b.text.contains("%"), !b.text.contains("£"),
                    b.text.last?.isNumber == false
                else { return nil }
            }
            return b.text
        }
        return caption(i + 1, above: false) ?? caption(i - 1, above: true) ?? listLeadIn(before: i, blocks)
    }

    /// "Number of Section 47 enquiries is provided below:-" over lines of a period and a figure ("2017/18 – 2,058"):
    /// the lead-in names them, up to its verb. Figure lines between it and the figure are passed over.
    private static func listLeadIn(before i: Int, _ blocks: [Block]) -> String? {
        var k = i - 1
        while k >= 0, i - k <= 12 {
            let b = blocks[k]
            guard b.kind == .paragraph || b.kind == .listItem || b.kind == .furniture else { return nil }
            let text = b.text.trimmingCharacters(in: " -–")
            if text.hasSuffix(":") {
                let words = TextShape.words(String(text.dropLast()))
                guard words.count <= 16 else { return nil }
                let name = words.prefix { !MetricVocabulary.auxiliaries.contains($0.lowercased()) && $0.lowercased() != "below" }
                return name.isEmpty ? nil : name.joined(separator: " ")
            }
            // Only lines of figures may stand between the lead-in and this one.
            guard b.kind == .furniture || b.text.utf8.count <= 200, b.text.contains(where: \.isNumber) else { return nil }
            k -= 1
        }
        return nil
    }

    /// The heading or short line naming a table: the block just before it, when it is a title rather than prose.
    private static func caption(before i: Int, _ blocks: [Block]) -> String? {
        let k = blocks.skippingFurniture(backFrom: i - 1)
        guard k >= 0 else { return nil }
        let b = blocks[k]
        guard b.kind == .heading || b.kind == .paragraph, TextShape.wordCount(b.text, limit: 12) <= 12, !b.text.hasSuffix(".") else { return nil }
        return b.text
    }
}
