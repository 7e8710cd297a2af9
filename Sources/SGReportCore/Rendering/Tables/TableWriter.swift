/// A tabular output format: CSV, TSV or a Markdown pipe table, each writing a header row then one line per row.
public protocol TableWriter {
    /// The whole table, every line ending in "\n".
    func write(_ table: Table) -> String
}

/// A writer of one line per row, fields joined by a separator: CSV and TSV differ only in how a field is escaped.
public protocol DelimitedWriter: TableWriter {
    static var separator: String { get }
    static func field(_ cell: Cell) -> String
}

extension DelimitedWriter {
    /// Header row, then one row per line; LF rather than RFC 4180's CRLF: what Unix tools expect, and every
    /// CSV reader accepts it.
    public func write(_ table: Table) -> String {
        var out = ""
        for row in [table.headers.map(Cell.text)] + table.rows {
            out += row.map(Self.field).joined(separator: Self.separator)
            out += "\n"
        }
        return out
    }
}

extension OutputFormat {
    /// The writer for a tabular format, or nil for text and the JSON forms.
    public var tableWriter: (any TableWriter)? {
        switch self {
        case .csv: return CSVWriter()
        case .tsv: return TSVWriter()
        case .markdown: return MarkdownTableWriter()
        case .text, .json, .jsonl: return nil
        }
    }
}
