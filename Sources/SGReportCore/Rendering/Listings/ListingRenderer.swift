/// Writes one listing for several files in any format: JSON documents, jsonl records, a table, or text.
enum ListingRenderer {
    static func render<L: Listing>(
        _ listing: L.Type, _ documents: [SourcedDocument], format: OutputFormat, options: RenderOptions
    ) -> String {
        switch format {
        case .json:
            let values = documents.map { d in
                d.document.json(source: d.source, part: L.part, items: L.rows(of: d.document).map(L.json))
            }
            return JSONWriter.write(values.count == 1 ? values[0] : .array(values), pretty: true) + "\n"
        case .jsonl:
            var out = ""
            for d in documents {
                for row in L.rows(of: d.document) {
                    out += JSONWriter.write(L.json(row).prepending("source", .string(d.source)), pretty: false) + "\n"
                }
            }
            return out
        case .csv, .tsv, .markdown:
            let table = Table(columns: L.columns, sources: documents.map { ($0.source, L.rows(of: $0.document)) })
            return format.tableWriter?.write(table) ?? ""
        case .text:
            return TextPages.render(documents, options: options) { d in
                let rows = L.rows(of: d.document)
                return rows.isEmpty ? [StyledLine(L.emptyMessage)] : L.text(rows, options: options)
            }
        }
    }
}
