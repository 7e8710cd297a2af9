/// `minutes-present` (must): the members present are recorded.
///
/// Local Government Act 1972 Schedule 12 para 40: "the names of the members present at a meeting … shall be
/// recorded". A "Present:" (or "Members present", "Attendance") list, or the meetings extractor's attendees.
struct MinutesPresentRule: Rule {
    let id = "minutes-present"
    let description = "The members present are recorded"
    let severity = RuleSeverity.must
    let source = "Local Government Act 1972 Schedule 12 para 40"
    let missing = "The names of the members present at the meeting must be recorded: add a \"Present:\" list."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        if let meeting = input.document.meetings.first(where: { !$0.present.isEmpty }) {
            return .found(line: meeting.line, note: "\(meeting.present.count) members present")
        }
        for b in input.blocks where CheckVocabulary.presentOpenings.cues.contains(where: { $0.matches(input.lowered[b], at: 0) }) {
            return .found(input.hit(b), input.describe(input.hit(b)))
        }
        return .missing(line: input.blocks.first.map { input.block($0).line }, note: nil)
    }
}
