/// `performance-data` (may): the report presents performance data.
///
/// Local convention, and Working Together 2015 ch. 3 (LSCB annual report): "a rigorous and transparent assessment of the
/// performance and effectiveness of local services". At least five metrics with units once the metrics extractor
/// finds them; until then a data section, or at least five body passages or table rows stating figures.
struct PerformanceDataRule: Rule {
    let id = "performance-data"
    let description = "Performance data is presented"
    let severity = RuleSeverity.may
    let source = "Local convention; Working Together 2015, ch. 3 (LSCB annual report)"
    let missing = "No performance data: give the figures behind the assessment (contacts, referrals, child protection plans, children in care), with comparisons."

    static let minimum = 5

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let metrics = input.document.metrics
        if metrics.count >= Self.minimum, let first = metrics.map(\.line).min() {
            return .found(line: first, note: "\(metrics.count) metrics with units")
        }
        let figures = input.hits(CueSet(phrases: ["%"]) + CheckVocabulary.outcomeWords + CheckVocabulary.performanceTitles, headings: false) { b in
            Figures.count(in: input.block(b).text) >= 1
        }
        if let s = input.sections(titled: CheckVocabulary.performanceTitles).first, let h = input.sectionHeadings[s],
           input.blocks(inSection: s).contains(where: { Figures.has(input.block($0).text) }) {
            return .found(input.hit(h), input.describe(section: s))
        }
        if figures.count >= Self.minimum, let first = figures.first {
            return .found(first, "\(figures.count) passages stating figures, from " + input.describe(first))
        }
        return .missing(line: figures.first?.line, note: figures.isEmpty ? nil : "Only \(figures.count) passages state figures.")
    }
}
