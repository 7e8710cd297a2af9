/// Text output for several files: each file's lines under a bold `== reports/walsall-2019-20.txt ==` header,
/// with a blank line between files (`Renderer.join` puts it there); a single file gets no header.
enum TextPages {
    static func page(
        _ document: SourcedDocument, options: RenderOptions, several: Bool, lines: (SourcedDocument) -> [StyledLine]
    ) -> String {
        var page: [StyledLine] = []
        if several { page.append(StyledLine("== \(document.source) ==", .bold)) }
        page += lines(document)
        return page.rendered(colour: options.colour)
    }
}
