/// One value in a tabular listing: `.number(24)` is written raw (`24`), `.text("Re-referrals")` as text.
public enum Cell: Sendable, Equatable {
    case text(String)
    case number(Double)

    /// An absent value is an empty cell, so every row has every column.
    public static let empty = Cell.text("")

    static func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }
    static func number(_ value: Double?) -> Cell { value.map(Cell.number) ?? .empty }
    static func number(_ value: Int?) -> Cell { value.map { .number(Double($0)) } ?? .empty }

    /// The cell's raw text: numbers in the JSON number form (`1200000`, `87.6`).
    public var raw: String {
        switch self {
        case .text(let s): return s
        case .number(let x): return JSONWriter.number(x)
        }
    }

    public var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}
