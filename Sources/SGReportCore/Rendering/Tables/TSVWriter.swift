/// Tab-separated values for `cut` and `awk`: `source\tline\tvalue`; tabs and line breaks inside a cell become spaces.
public struct TSVWriter: DelimitedWriter {
    public static let separator = "\t"
    public init() {}

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
}
