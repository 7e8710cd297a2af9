/// One column a listing declares once for every tabular format: `Column("value") { .number($0.value) }`.
public struct Column<Row> {
    public let header: String
    public let value: (Row) -> Cell

    public init(_ header: String, _ value: @escaping (Row) -> Cell) {
        self.header = header
        self.value = value
    }
}
