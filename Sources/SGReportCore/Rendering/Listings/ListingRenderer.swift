/// Writes one listing for several files in any format: JSON documents, jsonl records, a table, or text.
enum ListingRenderer {
    /// One file's share of the listing (see `Renderer.part`).
    static func part<L: Listing>(
        _ listing: L.Type, _ d: SourcedDocument, _ format: OutputFormat, _ options: RenderOptions, several: Bool
    ) -> RenderedPart {
        switch format {
        case .json:
            let value = d.document.json(source: d.source, part: L.part, items: L.rows(of: d.document).map(L.json))
            return .text(JSONWriter.write(value, pretty: true, depth: several ? 1 : 0, newline: !several))
        case .jsonl:
            var out = ""
            for row in L.rows(of: d.document) {
                out += JSONWriter.write(L.json(row).prepending("source", .string(d.source)), pretty: false, newline: true)
            }
            return .text(out)
        case .csv, .tsv, .markdown:
            return .rows(L.rows(of: d.document).map { row in [.text(d.source)] + L.columns.map { $0.value(row) } })
        case .text:
            return .text(TextPages.page(d, options: options, several: several) { d in
                let rows = L.rows(of: d.document)
                return rows.isEmpty ? [StyledLine(L.emptyMessage)] : L.text(rows, options: options)
            })
        }
    }

    static func headers<L: Listing>(_ listing: L.Type) -> [String] {
        ["source"] + L.columns.map(\.header)
    }

    /// Every file's rows under one header row, in a tabular format.
    static func table(_ headers: [String], _ rows: [[Cell]], format: OutputFormat) -> String {
        format.tableWriter?.write(Table(headers: headers, rows: rows)) ?? ""
    }
}
