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
    /// The column whose period every other dated own column's precedes; nil when there is no such order
    /// ("Hfd March | Hfd YTD").
    private let latest: Int?
    private let previousOf: [Key: PreviousValue]

    private struct Dated {
        let column: Int
        let period: String
        let start: PartialDate
        let value: Double
        let unit: Metric.Unit
    }

    /// `figures`: each cell's figures, read once by the table reader.
    init(figures: [[NumberMention]], columns: [TableMetricReader.Column], labelled: Bool) {
        var comparators: [Comparator] = []
        var target: Double?
        var dated: [Dated] = []
        var undatable = false
        var hasOwn = false
        for (c, found) in figures.enumerated() where c < columns.count && (c > 0 || !labelled) {
            guard let figure = found.first else { continue }
            switch columns[c].role {
            case .comparator(let name): comparators.append(Comparator(name: name, value: figure.value))
            case .target: if target == nil { target = figure.value }
            case .own:
                hasOwn = true
                guard let period = columns[c].period else { continue }
                if let start = columns[c].periodStart {
                    // "94 (56%)": the count and its share each have the earlier column's figure of their unit.
                    var units: Set<Metric.Unit> = []
                    for f in found where units.insert(Self.unit(of: f, in: columns[c])).inserted {
                        dated.append(Dated(column: c, period: period, start: start, value: f.value, unit: Self.unit(of: f, in: columns[c])))
                    }
                } else {
                    undatable = true
                }
            }
        }
        // Benchmarks only make sense beside a value of the row's own: a table of benchmarks alone stays as it is.
        self.comparators = hasOwn ? comparators : []
        self.target = hasOwn ? target : nil
        self.roles = hasOwn ? columns.map(\.role) : columns.map { _ in .own }
        // Sorted once by where each period starts, so a row of thousands of dated cells stays linear-logarithmic.
        let sorted = dated.sorted { $0.start < $1.start }
        if !undatable, let last = sorted.last, let before = sorted.last(where: { $0.column != last.column }), before.start < last.start {
            latest = last.column
        } else {
            latest = nil
        }
        var previousOf: [Key: PreviousValue] = [:]
        var lastOfUnit: [Metric.Unit: Dated] = [:]
        var pendingOfUnit: [Metric.Unit: [Dated]] = [:]
        for d in sorted {
            // Columns of the same period are no earlier values of each other: they wait until a later period comes.
            if let pending = pendingOfUnit[d.unit], let first = pending.first, first.start < d.start {
                lastOfUnit[d.unit] = pending.last
                pendingOfUnit[d.unit] = []
            }
            if let earlier = lastOfUnit[d.unit] { previousOf[Key(column: d.column, unit: d.unit)] = PreviousValue(value: earlier.value, period: earlier.period) }
            pendingOfUnit[d.unit, default: []].append(d)
        }
        self.previousOf = previousOf
    }

    /// Column `c` holds a part (benchmark or target) of the row's own values, not a metric.
    func isPart(_ c: Int) -> Bool { c < roles.count && roles[c] != .own }

    /// Benchmarks, target and RAG are of the latest period's value when the own columns are dated and ordered
    /// ("2021/22 | 2022/23 | England"), else of every own value ("Hfd March | Hfd YTD | England").
    func takesParts(_ c: Int) -> Bool { latest.map { $0 == c } ?? true }

    /// The value of the own column of the period just before column `c`'s, in the unit of `figure` ("Number 2018/19"
    /// is no earlier value of "% 2019/20").
    func previous(before c: Int, of figure: NumberMention, in column: TableMetricReader.Column) -> PreviousValue? {
        previousOf[Key(column: c, unit: Self.unit(of: figure, in: column))]
    }

    private struct Key: Hashable {
        let column: Int
        let unit: Metric.Unit
    }

    /// A bare figure takes its column's unit ("%" in the header); a figure with a unit of its own keeps it.
    private static func unit(of figure: NumberMention, in column: TableMetricReader.Column) -> Metric.Unit {
        figure.unit == .count ? column.unit ?? .count : figure.unit
    }
}
