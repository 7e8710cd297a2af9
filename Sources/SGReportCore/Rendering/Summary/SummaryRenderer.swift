/// `sgreport summary`: a digest read in ten seconds in text, or the whole document in JSON.
enum SummaryRenderer {
    /// The blocks of the text digest, in reading order.
    static var blocks: [any SummaryBlock.Type] {
        [
            HeaderBlock.self, OutlineBlock.self, HeadlineFiguresBlock.self, PrioritiesBlock.self,
            MeetingsBlock.self, AttendanceBlock.self,
        ]
    }

    /// One file's share of the summary (see `Renderer.part`).
    static func part(_ d: SourcedDocument, format: OutputFormat, options: RenderOptions, several: Bool) -> RenderedPart {
        switch format {
        case .text:
            return .text(TextPages.page(d, options: options, several: several) { digest($0, options: options) })
        case .jsonl:
            return .text(JSONWriter.write(d.document.json(source: d.source), pretty: false, newline: true))
        default:
            let value = d.document.json(source: d.source)
            return .text(JSONWriter.write(value, pretty: true, depth: several ? 1 : 0, newline: !several))
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
