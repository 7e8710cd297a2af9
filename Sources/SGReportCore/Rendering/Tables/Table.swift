/// A listing laid out as headers and rows of cells, ready for any `TableWriter`:
/// headers `["source", "number", "title", "level", "line"]`, one row per section of every file.
public struct Table: Sendable, Equatable {
    public var headers: [String]
    public var rows: [[Cell]]

    public init(headers: [String], rows: [[Cell]]) {
        self.headers = headers
        self.rows = rows
    }
}
