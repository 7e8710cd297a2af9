/// `sgreport sections`: the outline, in text as `L 352      3.2 Monitoring Effectiveness`, indented by level.
enum SectionListing: Listing {
    static let part = "sections"

    static func rows(of document: Document) -> [Section] { document.sections }
    static func json(_ row: Section) -> JSONValue { row.json() }

    static var columns: [Column<Section>] {
        [
            Column("number") { .text($0.number) },
            Column("title") { .text($0.title) },
            Column("level") { .number($0.level) },
            Column("line") { .number($0.line) },
        ]
    }

    static func text(_ rows: [Section], options: RenderOptions) -> [StyledLine] {
        outline(rows, width: options.width)
    }

    /// Also the summary's outline block, so both read the same.
    static func outline(_ rows: [Section], width: Int, indent: Int = 0) -> [StyledLine] {
        var table = TextTable([.lineRef, .title(min: 20)], indent: indent)
        let digits = LineRef.digits(rows.map(\.line))
        for s in rows {
            let depth = String(repeating: "  ", count: max(0, s.level - 1))
            table.add([LineRef.text(s.line, digits: digits), depth + s.displayTitle])
        }
        return table.lines(width: width)
    }
}
