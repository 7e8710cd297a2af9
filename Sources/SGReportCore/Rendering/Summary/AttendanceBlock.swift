/// The digest's attendance: the average attendance and the members below 50%.
///
/// ```
/// Attendance
///   Average 78% across 14 members
///   Below 50%:
///     Jo Bloggs  Education  1/4  25%  L881
/// ```
enum AttendanceBlock: SummaryBlock {
    static let threshold = 50.0
    static let limit = 8

    static func lines(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine] {
        let records = source.document.attendance
        guard !records.isEmpty else { return noneFound("Attendance") }
        var lines = [StyledLine("Attendance", .bold)]
        let known = records.compactMap { r in AttendanceListing.percent(r).map { (r, $0) } }
        guard !known.isEmpty else {
            lines.append(StyledLine("  " + NumberText.count(records.count, "member") + ", no percentages given"))
            return lines
        }
        let average = known.map(\.1).reduce(0, +) / Double(known.count)
        lines.append(StyledLine("  Average \(NumberText.oneDecimal(average))% across " + NumberText.count(known.count, "member")))

        let low = known.filter { $0.1 < threshold }
        guard !low.isEmpty else {
            lines.append(StyledLine("  No member below 50%"))
            return lines
        }
        lines.append(StyledLine("  Below 50%:"))
        let (kept, more) = capped(low, limit, indent: 4, more: seeAlso("attendance", source))
        var table = TextTable([.title(min: 14), .title(min: 12), .number, .number, .lineRef], indent: 4)
        let digits = LineRef.digits(kept.map(\.0.line))
        for (r, percent) in kept {
            table.add([
                r.name, r.role ?? "", AttendanceListing.fraction(r), NumberText.oneDecimal(percent) + "%",
                LineRef.text(r.line, digits: digits),
            ])
        }
        lines += table.lines(width: options.width)
        if let more { lines.append(more) }
        return lines
    }
}
