/// `sgreport meetings`: `2022-05-10  14:00  scheduled  Children and Families Panel  County Hall  5 items  L12`.
///
/// The body is what a reader scans for, so it keeps more of its width than the place when 80 columns are tight,
/// and only counts that are not zero are written ("8 items, 4 decisions", "5 items", nothing).
enum MeetingListing: Listing {
    static let part = "meetings"

    static func rows(of document: Document) -> [Meeting] { document.meetings }
    static func json(_ row: Meeting) -> JSONValue { row.json() }

    static var columns: [Column<Meeting>] {
        [
            Column("line") { .number($0.line) },
            Column("date") { .text($0.date.iso) },
            Column("time") { .text($0.time) },
            Column("status") { .text($0.status.rawValue) },
            Column("body") { .text($0.body) },
            Column("location") { .text($0.location) },
            Column("agendaItems") { .number($0.agenda.count) },
            Column("present") { .number($0.present.count) },
            Column("apologies") { .number($0.apologies.count) },
            Column("decisions") { .number($0.decisions.count) },
        ]
    }

    static func text(_ rows: [Meeting], options: RenderOptions) -> [StyledLine] {
        var table = TextTable([.text, .text, .text, .title(min: 24), .title(min: 10), .text, .lineRef])
        let digits = LineRef.digits(rows.map(\.line))
        for m in rows {
            table.add([
                m.date.iso, m.time ?? "", m.status.rawValue, m.body ?? "", m.location ?? "",
                [(m.agenda.count, "item"), (m.decisions.count, "decision")].filter { $0.0 > 0 }
                    .map { NumberText.count($0.0, $0.1) }.joined(separator: ", "),
                LineRef.text(m.line, digits: digits),
            ])
        }
        return table.lines(width: options.width)
    }
}
