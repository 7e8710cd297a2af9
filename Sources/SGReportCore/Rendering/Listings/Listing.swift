/// One list of a document as a listing view shows it: the metrics of `sgreport metrics FILE`.
///
/// Each listing declares its JSON record, its tabular columns and its text layout once;
/// `ListingRenderer` turns those into every output format.
protocol Listing {
    associatedtype Row

    /// The list's key in the JSON document: "metrics".
    static var part: String { get }
    /// What text output says when the list is empty: "no metrics found".
    static var emptyMessage: String { get }
    static func rows(of document: Document) -> [Row]
    static func json(_ row: Row) -> JSONValue
    /// The documented CSV/TSV/Markdown columns after `source`.
    static var columns: [Column<Row>] { get }
    /// The rows as aligned text for people.
    static func text(_ rows: [Row], options: RenderOptions) -> [StyledLine]
}

extension Listing {
    static var emptyMessage: String { "no \(part) found" }
}
