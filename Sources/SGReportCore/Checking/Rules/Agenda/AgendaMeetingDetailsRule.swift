/// `agenda-meeting-details` (must): the agenda names the body meeting and gives the meeting's date, time and place.
///
/// Local Government Act 1972 s100A(6)(a): public notice of "the time and place of the meeting"; Schedule 12
/// para 10(2): the summons to attend. Read from the agenda's opening blocks.
struct AgendaMeetingDetailsRule: Rule {
    let id = "agenda-meeting-details"
    let description = "The meeting's body, date, time and place are given"
    let severity = RuleSeverity.must
    let source = "Local Government Act 1972 s100A(6)(a) and Schedule 12 para 10"
    let missing = "The agenda must give notice of the time and place of the meeting and say which body is meeting."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let details = MeetingDetails.read(input)
        let absent = details.missingParts(includeTime: true)
        let first = input.blocks.first.map { input.block($0).line }
        guard absent.isEmpty else {
            return .missing(line: first, note: "Not found on the cover: " + absent.joined(separator: ", ") + ".")
        }
        let lines = [details.body, details.date, details.time, details.place].compactMap { $0 }
        return .found(line: lines.min(), note: "body, date, time and place at " + LineList.phrase(lines))
    }
}
