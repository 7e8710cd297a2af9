/// `sgreport attendance`: `Derek Benson  Independent Chair  4/4  100%  L880`.
enum AttendanceListing: Listing {
    static let part = "attendance"
    static let emptyMessage = "no attendance records found"

    static func rows(of document: Document) -> [Attendance] { document.attendance }
    static func json(_ row: Attendance) -> JSONValue { row.json() }

    static var columns: [Column<Attendance>] {
        [
            Column("line") { .number($0.line) },
            Column("body") { .text($0.body) },
            Column("name") { .text($0.name) },
            Column("role") { .text($0.role) },
            Column("attended") { .number($0.attended) },
            Column("possible") { .number($0.possible) },
            Column("percent") { .number($0.percent) },
        ]
    }

    static func text(_ rows: [Attendance], options: RenderOptions) -> [StyledLine] {
        var table = TextTable([.title(min: 14), .title(min: 12), .number, .number, .lineRef])
        let digits = LineRef.digits(rows.map(\.line))
        for a in rows {
            table.add([
                a.name, a.role ?? "", fraction(a), percent(a).map { NumberText.oneDecimal($0) + "%" } ?? "",
                LineRef.text(a.line, digits: digits),
            ])
        }
        return table.lines(width: options.width)
    }

    /// "4/4", "4" when only the attended count is known, "" when neither is.
    static func fraction(_ a: Attendance) -> String {
        switch (a.attended, a.possible) {
        case let (n?, of?): return "\(n)/\(of)"
        case let (n?, nil): return "\(n)"
        case let (nil, of?): return "?/\(of)"
        case (nil, nil): return ""
        }
    }

    /// The stated percentage, else one worked out from the counts; the summary averages these.
    static func percent(_ a: Attendance) -> Double? {
        if let p = a.percent { return p }
        guard let n = a.attended, let of = a.possible, of > 0 else { return nil }
        return Double(n) * 100 / Double(of)
    }
}
