/// `agenda-exempt-items` (must, when there are exempt items): each exempt item cites the paragraph of Schedule
/// 12A that makes it exempt.
///
/// Local Government Act 1972 s100A(4) (exclusion by resolution identifying the exempt information) and s100B(2)
/// (reports on exempt items may be withheld, marked as such) with Schedule 12A's descriptions.
struct AgendaExemptItemsRule: Rule {
    let id = "agenda-exempt-items"
    let description = "Exempt items are flagged with their Schedule 12A paragraph"
    let severity = RuleSeverity.must
    let source = "Local Government Act 1972 s100A(4), s100B(2) and Schedule 12A"
    let missing = "An exempt (private) item does not say which paragraph of Part 1 of Schedule 12A applies."

    /// How many blocks after the mention the paragraph citation may stand.
    static let window = 3

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let mentions = input.hits(CheckVocabulary.exempt)
        guard !mentions.isEmpty else { return .notApplicable("no exempt items") }
        for mention in mentions {
            let position = input.blocks.firstIndex(of: mention.block) ?? 0
            let near = input.blocks[position..<min(input.blocks.count, position + Self.window + 1)]
            guard near.contains(where: { CheckVocabulary.schedule12A.occurs(in: input.lowered[$0]) }) else {
                return .missing(line: mention.line, note: "Exempt business at line \(mention.line).")
            }
        }
        let first = mentions[0]
        return .found(first, "exempt business cites Schedule 12A: " + input.describe(first))
    }
}
