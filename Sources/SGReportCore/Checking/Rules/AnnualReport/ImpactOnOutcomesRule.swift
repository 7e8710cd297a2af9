/// `impact-on-outcomes` (should): the report evidences impact on outcomes for children and families — measured
/// change, not activity alone — across the continuum from early help to looked-after children and care leavers.
///
/// Working Together 2018 ch. 3 para 43: "evidence of the impact of the work of the safeguarding partners and
/// relevant agencies, including training, on outcomes for children and families from early help to looked-after
/// children and care leavers". Counts body passages where an outcome word stands with a figure (and metrics with
/// a trend or previous value, once the metrics extractor finds them); needs three, and mentions of both early
/// help and looked-after children or care leavers.
struct ImpactOnOutcomesRule: Rule {
    let id = "impact-on-outcomes"
    let description = "Impact on outcomes for children and families is evidenced, from early help to care leavers"
    let severity = RuleSeverity.should
    let source = "Working Together 2018, ch. 3 para 43"
    let missing = "The report does not evidence the impact of the partners' work on outcomes for children and families, from early help to looked-after children and care leavers: give measured change (figures with what improved), not activity alone."

    static let minimumPassages = 3

    func evaluate(_ input: CheckInput) -> RuleFinding {
        var lines: [Int] = input.document.metrics.filter { $0.trend != nil || $0.previous != nil }.map(\.line)
        let passages = input.hits(CheckVocabulary.outcomeWords, body: true, headings: false) { b in
            Figures.has(input.block(b).text)
        }
        lines += passages.map(\.line)
        let earlyHelp = input.firstHit(CheckVocabulary.earlyHelp, body: true)
        let lookedAfter = input.firstHit(CheckVocabulary.lookedAfter, body: true)
        var gaps: [String] = []
        if lines.count < Self.minimumPassages {
            gaps.append("only \(lines.count) passage\(lines.count == 1 ? "" : "s") state\(lines.count == 1 ? "s" : "") an outcome with a figure")
        }
        if earlyHelp == nil { gaps.append("nothing on early help") }
        if lookedAfter == nil { gaps.append("nothing on looked-after children or care leavers") }
        guard gaps.isEmpty, let first = lines.min() else {
            return .missing(line: passages.first?.line, note: "Found " + gaps.joined(separator: "; ") + ".")
        }
        let quote = passages.first.map { " — e.g. " + input.describe($0) } ?? ""
        return .found(line: first, note: "\(lines.count) outcome statements with figures\(quote)")
    }
}
