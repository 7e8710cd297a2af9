/// Tab-separated values for `cut` and `awk`: `source\tline\tvalue`; tabs and line breaks inside a cell become spaces.
public struct TSVWriter: TableWriter {
    public init() {}

    public func write(_ table: Table) -> String {
        var out = ""
        appendRow(table.headers.map(Cell.text), to: &out)
        for row in table.rows { appendRow(row, to: &out) }
        return out
    }

    /// The cell with every tab, CR and LF replaced by a space, so one row is always one line of N fields.
    public static func field(_ cell: Cell) -> String {
        var out = ""
        for scalar in cell.raw.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func appendRow(_ cells: [Cell], to out: inout String) {
        out += cells.map(TSVWriter.field).joined(separator: "\t")
        out += "\n"
    }
}
