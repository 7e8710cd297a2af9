/// The commonest evidence a rule accepts: a section of the body on the topic, else enough body text about it.
///
/// A mention in the foreword or introduction alone is not the account the guidance asks for: such a rule fails,
/// pointing at the mention, so the author knows where the promise is made and that the body must keep it.
struct TopicEvidence {
    let titles: CueSet
    let text: CueSet
    /// How many body blocks must mention the topic when no section is titled for it.
    var minBlocks = 2

    func find(in input: CheckInput) -> RuleFinding {
        if let s = input.sections(titled: titles, body: true).first, let h = input.sectionHeadings[s] {
            return .found(input.hit(h), input.describe(section: s))
        }
        let body = input.hits(text, body: true, headings: false)
        if body.count >= minBlocks, let first = body.first {
            let more = body.count > 1 ? " and \(body.count - 1) more passage\(body.count == 2 ? "" : "s")" : ""
            return .found(first, input.describe(first) + more)
        }
        if let summary = input.firstHit(text) {
            return .missing(
                line: summary.line,
                note: body.isEmpty
                    ? "It is only mentioned in the introduction or summary (line \(summary.line))."
                    : "There is only a passing mention (line \(summary.line)).")
        }
        return .missing(line: nil, note: nil)
    }
}
