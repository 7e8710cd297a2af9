/// Aligned columns for people, fitted to the terminal width: `  24%  Re-referrals within 12 months  2019-20  L176`.
///
/// Only columns marked `shrinks` (labels, titles) are truncated with "…" to fit; numbers and line references never are.
/// Columns that are empty in every row are left out, and there is no header row: text output is read, not parsed.
struct TextTable {
    struct Column {
        var alignRight = false
        /// May be cut with "…" to fit the width.
        var shrinks = false
        /// The narrowest a shrinking column is cut to, so a title keeps a readable stem.
        var minWidth = 12
        var style: StyledLine.Style = .plain

        static let text = Column()
        static let number = Column(alignRight: true)
        static let title = Column(shrinks: true)
        static func title(min: Int) -> Column { Column(shrinks: true, minWidth: min) }
        static let lineRef = Column(alignRight: true, style: .dim)
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Spaces before every row.
    var indent = 0
    var gap = 2

    init(_ columns: [Column], indent: Int = 0) {
        self.columns = columns
        self.indent = indent
    }

    mutating func add(_ row: [String]) {
        // Cells are cleaned here too, because their widths must be measured on what will be shown.
        rows.append(row.map { StyledLine.oneLine(TerminalSanitiser.sanitised($0)) })
    }

    /// One line per row, in order.
    func lines(width: Int) -> [StyledLine] {
        let widths = fittedWidths(total: width)
        return rows.map { row in
            var line = StyledLine(String(repeating: " ", count: indent))
            var first = true
            for (i, column) in columns.enumerated() where widths[i] > 0 {
                if !first { line.append(String(repeating: " ", count: gap)) }
                first = false
                let cell = i < row.count ? row[i] : ""
                let cut = column.shrinks ? DisplayWidth.truncated(cell, to: widths[i]) : cell
                line.append(DisplayWidth.padded(cut, to: widths[i], alignRight: column.alignRight), column.style)
            }
            return line
        }
    }

    /// Natural widths, then the widest shrinking column cut down, repeatedly, until the row fits or none can shrink.
    private func fittedWidths(total: Int) -> [Int] {
        var widths = columns.indices.map { i in rows.map { i < $0.count ? DisplayWidth.of($0[i]) : 0 }.max() ?? 0 }
        func used() -> Int {
            let shown = widths.filter { $0 > 0 }
            return indent + shown.reduce(0, +) + gap * max(0, shown.count - 1)
        }
        var excess = used() - total
        while excess > 0 {
            let candidates = columns.indices.filter { columns[$0].shrinks && widths[$0] > columns[$0].minWidth }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            // Cut to the next-widest shrinking column's width at most, so cuts are shared out evenly.
            let next = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let floor = max(columns[widest].minWidth, next, widths[widest] - excess)
            let cut = max(1, widths[widest] - floor)
            widths[widest] -= cut
            excess -= cut
        }
        return widths
    }
}
