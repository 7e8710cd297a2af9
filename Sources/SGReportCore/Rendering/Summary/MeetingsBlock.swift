/// The digest's meetings: counts by status, the date range, and the next scheduled meeting.
///
/// ```
/// Meetings
///   4 held, 1 scheduled, 1 postponed
///   2021-06-08 to 2022-05-10
///   Next scheduled: 2022-05-10 14:00  Children and Families Panel  L12
/// ```
enum MeetingsBlock: SummaryBlock {
    static func lines(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine] {
        let meetings = source.document.meetings
        guard !meetings.isEmpty else { return noneFound("Meetings") }
        var lines = [StyledLine("Meetings", .bold)]

        let counts = Meeting.Status.allCases.compactMap { status -> String? in
            let n = meetings.count { $0.status == status }
            return n == 0 ? nil : "\(n) \(status.rawValue)"
        }
        lines.append(StyledLine("  " + counts.joined(separator: ", ")))

        let dates = meetings.map(\.date)
        if let first = dates.min(), let last = dates.max() {
            lines.append(StyledLine("  " + (first == last ? first.iso : "\(first.iso) to \(last.iso)")))
        }

        // The library has no clock, so "next" is the earliest meeting still marked scheduled.
        if let next = meetings.filter({ $0.status == .scheduled }).min(by: { $0.date < $1.date }) {
            var table = TextTable([.text, .text, .title(min: 16), .lineRef], indent: 2)
            table.add([
                "Next scheduled:", [next.date.iso, next.time].compactMap { $0 }.joined(separator: " "),
                [next.body, next.location].compactMap { $0 }.joined(separator: ", "), LineRef.text(next.line),
            ])
            lines += table.lines(width: options.width)
        }
        return lines
    }
}
