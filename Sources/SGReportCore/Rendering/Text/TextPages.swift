/// Text output for several files: each file's lines under a bold `== reports/walsall-2019-20.txt ==` header,
/// with a blank line between files; a single file gets no header.
enum TextPages {
    static func render(
        _ documents: [SourcedDocument], options: RenderOptions, page: (SourcedDocument) -> [StyledLine]
    ) -> String {
        var lines: [StyledLine] = []
        for (i, d) in documents.enumerated() {
            if documents.count > 1 {
                if i > 0 { lines.append(StyledLine()) }
                lines.append(StyledLine("== \(d.source) ==", .bold))
            }
            lines += page(d)
        }
        return lines.rendered(colour: options.colour)
    }
}
