/// The parts of one table row that belong to its own values: benchmarks and a target from their columns, and each
/// own value's previous value from the own column of the period before.
///
/// `Rate of referrals per 10,000 | 512 | 538 | 544 | 560 | 520` under `Measure | 2021/22 | 2022/23 | England |
/// Statistical Neighbours | Target` → comparators England 544 and statistical neighbours 560, target 520; 538
/// has previous 512 (2021/22).
struct RowParts {
    let comparators: [Comparator]
    let target: Double?
    private let roles: [ColumnRole]
    /// The first figure of each own column with a period, by column.
    private let dated: [(column: Int, period: String, value: Double, unit: Metric.Unit)]

    init(cells: [TableCell], columns: [TableMetricReader.Column], labelled: Bool) {
        var comparators: [Comparator] = []
        var target: Double?
        var dated: [(column: Int, period: String, value: Double, unit: Metric.Unit)] = []
        let roles = columns.map(\.role)
        for (c, cell) in cells.enumerated() where c < columns.count && !cell.isEmpty && (c > 0 || !labelled) {
            guard let figure = TableMetricReader.figures(in: cell.text).first else { continue }
            switch columns[c].role {
            case .comparator(let name): comparators.append(Comparator(name: name, value: figure.value))
            case .target: if target == nil { target = figure.value }
            case .own: if let period = columns[c].period { dated.append((c, period, figure.value, columns[c].unit ?? figure.unit)) }
            }
        }
        // Benchmarks only make sense beside a value of the row's own: a table of benchmarks alone stays as it is.
        let hasOwn = cells.indices.contains { c in
            c < columns.count && columns[c].role == .own && (c > 0 || !labelled) && !cells[c].isEmpty
                && !TableMetricReader.figures(in: cells[c].text).isEmpty
        }
        self.comparators = hasOwn ? comparators : []
        self.target = hasOwn ? target : nil
        self.roles = hasOwn ? roles : roles.map { _ in .own }
        self.dated = dated
    }

    /// Column `c` holds a part (benchmark or target) of the row's own values, not a metric.
    func isPart(_ c: Int) -> Bool { c < roles.count && roles[c] != .own }

    /// Benchmarks and targets are of the latest period's value when the own columns are dated ("2021/22 | 2022/23 |
    /// England"), else of every own value ("Hfd March | Hfd YTD | England").
    func takesParts(_ c: Int) -> Bool {
        // The latest is the one every other dated column is earlier than; "Hfd March | Hfd YTD" have no order.
        let latest = dated.first { d in dated.allSatisfy { $0.column == d.column || PeriodOrder.isEarlier($0.period, than: d.period) } }
        guard let latest, dated.count > 1 else { return true }
        return latest.column == c
    }

    /// The value of the own column of the period just before column `c`'s, in the same unit, when the header
    /// orders the two ("Number 2018/19" is no earlier value of "% 2019/20").
    func previous(before c: Int) -> PreviousValue? {
        guard let mine = dated.first(where: { $0.column == c }) else { return nil }
        let earlier = dated.filter { $0.unit == mine.unit && PeriodOrder.isEarlier($0.period, than: mine.period) }
        guard let last = earlier.max(by: { PeriodOrder.isEarlier($0.period, than: $1.period) }) else { return nil }
        return PreviousValue(value: last.value, period: last.period)
    }
}
