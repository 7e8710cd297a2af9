/// A listing laid out as headers and rows of cells, ready for any `TableWriter`:
/// headers `["source", "number", "title", "level", "line"]`, one row per section of every file.
public struct Table: Sendable, Equatable {
    public var headers: [String]
    public var rows: [[Cell]]

    public init(headers: [String], rows: [[Cell]]) {
        self.headers = headers
        self.rows = rows
    }

    /// Each file's rows under `columns`, with the file's name as the first column, `source`.
    init<Row>(columns: [Column<Row>], sources: [(source: String, rows: [Row])]) {
        headers = ["source"] + columns.map(\.header)
        rows = []
        for (source, items) in sources {
            for item in items {
                rows.append([.text(source)] + columns.map { $0.value(item) })
            }
        }
    }
}
