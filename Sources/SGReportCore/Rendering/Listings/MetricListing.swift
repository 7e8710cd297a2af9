/// `sgreport metrics`: every figure, in text as `24%  Re-referrals  2019-20  prev 19% (2018-19); England 21%  L176`.
enum MetricListing: Listing {
    static let part = "metrics"

    static func rows(of document: Document) -> [Metric] { document.metrics }
    static func json(_ row: Metric) -> JSONValue { row.json() }

    static var columns: [Column<Metric>] {
        [
            Column("line") { .number($0.line) },
            Column("value") { .number($0.value) },
            Column("unit") { .text($0.unit.rawValue) },
            Column("label") { .text($0.label) },
            Column("period") { .text($0.period) },
            Column("qualifier") { .text($0.qualifier?.rawValue) },
            Column("currency") { .text($0.currency) },
            Column("per") { .number($0.per) },
            Column("denominator") { .number($0.denominator) },
            Column("durationUnit") { .text($0.durationUnit?.rawValue) },
            Column("previousValue") { .number($0.previous?.value) },
            Column("previousPeriod") { .text($0.previous?.period) },
            Column("comparators") { m in
                .text(m.comparators.map { "\($0.name)=\(JSONWriter.number($0.value))" }.joined(separator: "; "))
            },
            Column("target") { .number($0.target) },
            Column("status") { .text($0.status?.rawValue) },
            Column("trend") { .text($0.trend?.rawValue) },
            Column("tableRow") { .text($0.table?.row) },
            Column("tableColumn") { .text($0.table?.column) },
            Column("section") { .text($0.section) },
            Column("text") { .text($0.text) },
        ]
    }

    static func text(_ rows: [Metric], options: RenderOptions) -> [StyledLine] {
        let layout = Layout(rows, indent: 0, width: options.width)
        return rows.flatMap { layout.lines($0) }
    }

    /// Two lines a figure, so the label and its comparisons stay readable at 80 columns
    /// (shared with the summary's headline figures):
    ///
    ///     L 81   9.4 per 1,000  Infant mortality rate
    ///                           2019-20 · prev 6.2 per 1,000 (2018-19); national 3.9 per 1,000
    struct Layout {
        let indent: Int
        let digits: Int
        let valueWidth: Int
        let labelColumn: Int
        let labelWidth: Int

        init(_ metrics: [Metric], indent: Int, width: Int) {
            self.indent = indent
            digits = LineRef.digits(metrics.map(\.line))
            valueWidth = metrics.map { DisplayWidth.of(MetricText.value($0)) }.max() ?? 0
            labelColumn = indent + DisplayWidth.of(LineRef.text(0, digits: digits)) + 2 + valueWidth + 2
            labelWidth = max(10, width - labelColumn)
        }

        func lines(_ m: Metric) -> [StyledLine] {
            var first = StyledLine(String(repeating: " ", count: indent))
            first.append(LineRef.text(m.line, digits: digits), .dim)
            first.append("  " + DisplayWidth.padded(MetricText.value(m), to: valueWidth, alignRight: true) + "  ")
            first.append(DisplayWidth.truncated(m.label, to: labelWidth))
            let detail = [m.period ?? "", MetricText.comparison(m)].filter { !$0.isEmpty }.joined(separator: " · ")
            guard !detail.isEmpty else { return [first] }
            let second = String(repeating: " ", count: labelColumn) + DisplayWidth.truncated(detail, to: labelWidth)
            return [first, StyledLine(second)]
        }
    }
}
