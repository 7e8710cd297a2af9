/// A tabular output format: CSV, TSV or a Markdown pipe table, each writing a header row then one line per row.
public protocol TableWriter {
    /// The whole table, every line ending in "\n".
    func write(_ table: Table) -> String
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
