/// One block of the `sgreport summary` digest, e.g. the "Headline figures" block; the digest is these in order.
///
/// A block whose list is empty returns a single `Metrics: none found` line so a reader knows it was looked for;
/// a block with nothing at all to say returns no lines.
protocol SummaryBlock {
    static func lines(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine]
}

extension SummaryBlock {
    /// `Metrics: none found`, with the name as a heading.
    static func noneFound(_ name: String) -> [StyledLine] {
        [StyledLine(name + ":", .bold) + (" none found", .plain)]
    }

    /// At most `limit` of `items`, and a line saying how many were left out (or nil when none were).
    static func capped<T>(_ items: [T], _ limit: Int, indent: Int, more: String) -> ([T], StyledLine?) {
        guard items.count > limit else { return (items, nil) }
        let note = String(repeating: " ", count: indent) + "… and \(items.count - limit) more — \(more)"
        return (Array(items.prefix(limit)), StyledLine(note))
    }

    /// The command that lists a block in full: `sgreport metrics 'reports/walsall.txt'` style hint.
    static func seeAlso(_ command: String, _ source: SourcedDocument) -> String {
        "see 'sgreport \(command) \(source.source)'"
    }
}
