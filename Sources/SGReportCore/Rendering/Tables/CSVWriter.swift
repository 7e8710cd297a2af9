/// RFC 4180 CSV with LF line endings: `source,line,value` then `a.txt,176,24`; text that could start a formula gets a `'`.
public struct CSVWriter: DelimitedWriter {
    public static let separator = ","
    public init() {}

    /// One field: numbers raw; text guarded against formula injection, then quoted if it needs to be.
    public static func field(_ cell: Cell) -> String {
        switch cell {
        case .number: return cell.raw
        case .text(let s): return quotedIfNeeded(guarded(s))
        }
    }

    /// Spreadsheets run text starting `=`, `+`, `-`, `@` (or a tab or CR) as a formula; a leading `'` stops that.
    static func guarded(_ s: String) -> String {
        guard let first = s.unicodeScalars.first else { return s }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + s
        default: return s
        }
    }

    static func quotedIfNeeded(_ s: String) -> String {
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return s }
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
