/// A metric being assembled from a figure and the parts written beside it.
struct MetricDraft {
    var mention: NumberMention
    var label = ""
    var period: String?
    var previous: PreviousValue?
    var comparators: [Comparator] = []
    var target: Double?
    var trend: Metric.Trend?
    var status: RAGStatus?
    /// The figure is the size of a change ("a 17.6% decrease"), not a level.
    var sizesChange = false
    /// The figure's own words named only the figure before ("this figure was 78%", "the number rose to 520"):
    /// `YearOnYear.pointsBack` of the words the labeler read.
    var pointsBack = false
    let line: Int
    let text: String
    var value: Double { mention.value }
    var isChange: Bool { mention.isPoints }

    init(mention: NumberMention, line: Int, text: String) {
        self.mention = mention
        self.line = line
        self.text = text
    }

    /// No change word: the direction is the comparison with the previous value.
    mutating func inferTrend() {
        guard trend == nil, let p = previous, !isChange else { return }
        trend = value > p.value ? .up : value < p.value ? .down : .flat
    }

    func metric(section: String?, table: TableCellRef?) -> Metric {
        let m = mention
        return Metric(
            label: label, value: m.value, unit: m.unit, currency: m.unit == .currency ? (m.currency ?? "GBP") : nil,
            per: m.unit == .rate ? m.per : nil, denominator: m.unit == .fraction || m.unit == .percent ? m.denominator : nil,
            durationUnit: m.unit == .duration ? m.durationUnit : nil, period: period, qualifier: m.qualifier,
            previous: previous, comparators: comparators, target: target, status: status, trend: trend, table: table,
            section: section, line: line, text: text)
    }
}
