/// `minutes-meeting-details` (must): the minutes name the body and give the meeting's date and place.
///
/// Local Government Act 1972 Schedule 12 para 41(1): minutes of the proceedings of a meeting are kept; they
/// open "Minutes of the meeting of … held at … on …". Read from the opening blocks of the minutes.
struct MinutesMeetingDetailsRule: Rule {
    let id = "minutes-meeting-details"
    let description = "The minutes give the body, date and place of the meeting"
    let severity = RuleSeverity.must
    let source = "Local Government Act 1972 Schedule 12 para 41(1)"
    let missing = "The minutes do not say which body met, when and where: open with \"Minutes of the meeting of [body] held at [place] on [date]\"."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let details = MeetingDetails.read(input)
        let absent = details.missingParts(includeTime: false)
        let first = input.blocks.first.map { input.block($0).line }
        guard absent.isEmpty else { return .missing(line: first, note: "Not found: " + absent.joined(separator: ", ") + ".") }
        let lines = [details.body, details.date, details.place].compactMap { $0 }
        return .found(line: lines.min(), note: "body, date and place at " + LineList.phrase(lines))
    }
}
