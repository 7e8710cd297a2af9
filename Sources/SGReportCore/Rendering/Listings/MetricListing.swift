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
        var table = table(indent: 0)
        let digits = LineRef.digits(rows.map(\.line))
        for m in rows { table.add(row(m, digits: digits)) }
        return table.lines(width: options.width)
    }

    /// The text layout, shared with the summary's headline figures.
    static func table(indent: Int) -> TextTable {
        TextTable([.number, .title(min: 16), .text, .title(min: 12), .lineRef], indent: indent)
    }

    static func row(_ m: Metric, digits: Int) -> [String] {
        [MetricText.value(m), m.label, m.period ?? "", MetricText.comparison(m), LineRef.text(m.line, digits: digits)]
    }
}
