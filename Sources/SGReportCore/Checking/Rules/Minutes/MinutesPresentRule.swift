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
        // The list itself is the evidence; a merged meeting's line is its first mention, which may be an
        // agenda item naming it, so the extractor supplies only the count.
        let attendees = input.document.meetings.first(where: { !$0.present.isEmpty })
        for b in input.blocks where CheckVocabulary.presentOpenings.cues.contains(where: { $0.matches(input.lowered[b], at: 0) }) {
            let hit = input.hit(b)
            if let attendees { return .found(line: hit.line, note: "\(attendees.present.count) members present") }
            return .found(hit, input.describe(hit))
        }
        if let attendees {
            return .found(line: attendees.line, note: "\(attendees.present.count) members present")
        }
        return .missing(line: input.blocks.first.map { input.block($0).line }, note: nil)
    }
}
