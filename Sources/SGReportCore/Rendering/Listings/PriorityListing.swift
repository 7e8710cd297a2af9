/// `sgreport priorities`: `1  Neglect: support children in a child-centred way  green  4 actions, 2 progress notes  L300`;
/// with `--verbose` each priority's actions and progress notes follow it as `- ` lines.
enum PriorityListing: Listing {
    static let part = "priorities"

    static func rows(of document: Document) -> [Priority] { document.priorities }
    static func json(_ row: Priority) -> JSONValue { row.json() }

    static var columns: [Column<Priority>] {
        [
            Column("line") { .number($0.line) },
            Column("number") { .text($0.number) },
            Column("scope") { .text($0.scope.rawValue) },
            Column("status") { .text($0.status?.rawValue) },
            Column("title") { .text($0.title) },
            Column("actions") { .number($0.actions.count) },
            Column("progress") { .number($0.progress.count) },
            Column("section") { .text($0.section) },
        ]
    }

    static func text(_ rows: [Priority], options: RenderOptions) -> [StyledLine] {
        var table = TextTable([.text, .title(min: 20), .text, .text, .text, .lineRef])
        let digits = LineRef.digits(rows.map(\.line))
        for p in rows {
            table.add([
                p.number ?? "", p.title, p.scope.rawValue, p.status?.rawValue ?? "",
                NumberText.count(p.actions.count, "action") + ", "
                    + NumberText.count(p.progress.count, "progress note"),
                LineRef.text(p.line, digits: digits),
            ])
        }
        let lines = table.lines(width: options.width)
        guard options.verbose else { return lines }
        var out: [StyledLine] = []
        for (p, line) in zip(rows, lines) {
            out.append(line)
            if !p.actions.isEmpty {
                out.append(StyledLine("    Actions:"))
                out += p.actions.flatMap { Wrapping.bullet($0, indent: 4, width: options.width) }
            }
            if !p.progress.isEmpty {
                out.append(StyledLine("    Progress:"))
                out += p.progress.flatMap { Wrapping.bullet($0, indent: 4, width: options.width) }
            }
        }
        return out
    }
}
