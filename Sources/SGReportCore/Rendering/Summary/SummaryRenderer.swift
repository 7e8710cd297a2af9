/// `sgreport summary`: a digest read in ten seconds in text, or the whole document in JSON.
enum SummaryRenderer {
    /// The blocks of the text digest, in reading order.
    static var blocks: [any SummaryBlock.Type] {
        [
            HeaderBlock.self, OutlineBlock.self, HeadlineFiguresBlock.self, PrioritiesBlock.self,
            MeetingsBlock.self, AttendanceBlock.self,
        ]
    }

    static func render(_ documents: [SourcedDocument], format: OutputFormat, options: RenderOptions) -> String {
        switch format {
        case .text:
            return TextPages.render(documents, options: options) { digest($0, options: options) }
        case .jsonl:
            return documents.map { JSONWriter.write($0.document.json(source: $0.source), pretty: false) + "\n" }
                .joined()
        default:
            let values = documents.map { $0.document.json(source: $0.source) }
            return JSONWriter.write(values.count == 1 ? values[0] : .array(values), pretty: true) + "\n"
        }
    }

    /// The blocks with a blank line between each that has something to say.
    static func digest(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine] {
        var lines: [StyledLine] = []
        for block in blocks {
            let part = block.lines(source, options: options)
            guard !part.isEmpty else { continue }
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines += part
        }
        return lines
    }
}
