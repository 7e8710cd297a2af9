/// `minutes-signature` (should): the minutes end with a line for the chair's signature.
///
/// Local Government Act 1972 Schedule 12 para 41(1): the minutes are "signed at the same or next suitable
/// meeting by the person presiding". A short closing line such as "Chairperson", "Signed … Chair" or
/// "Chairman ……… Date ………".
struct MinutesSignatureRule: Rule {
    let id = "minutes-signature"
    let description = "The minutes end with the chair's signature line"
    let severity = RuleSeverity.should
    let source = "Local Government Act 1972 Schedule 12 para 41(1)"
    let missing = "No signature line: the minutes are signed by the person presiding at the next suitable meeting, so end them with a line for the chair's signature."

    /// A signature line is short: "Chairperson", "Signed ……… (Chair)", "Chair: ……… Date: ………".
    static let maxWords = 6

    static func isSignatureLine(_ input: CheckInput, _ b: Int) -> Bool {
        let block = input.block(b)
        guard block.kind != .tableRow, block.body.split(separator: " ").count <= maxWords else { return false }
        return CheckVocabulary.signature.cues.contains { $0.matches(input.lowered[b], at: 0) }
    }

    func evaluate(_ input: CheckInput) -> RuleFinding {
        if let b = input.blocks.last(where: { Self.isSignatureLine(input, $0) }) {
            return .found(input.hit(b), "\u{201C}\(input.block(b).text)\u{201D}")
        }
        return .missing(line: input.blocks.last.map { input.block($0).line }, note: nil)
    }
}
