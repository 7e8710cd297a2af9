/// `minutes-exclusion` (must, when the public is excluded): the exclusion resolution is recorded with the
/// description of exempt information (the Schedule 12A paragraph).
///
/// Local Government Act 1972 s100A(4): the public may be excluded by resolution "during an item of business
/// whenever it is likely … that … exempt information would be disclosed", the resolution identifying the
/// proceedings and the description of exempt information (Schedule 12A).
struct MinutesExclusionRule: Rule {
    let id = "minutes-exclusion"
    let description = "Exclusion of the public is recorded with its resolution and Schedule 12A ground"
    let severity = RuleSeverity.must
    let source = "Local Government Act 1972 s100A(4) and Schedule 12A"
    let missing = "The public were excluded without a recorded resolution citing the description of exempt information in Schedule 12A."

    static let window = 2

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let mentions = input.hits(CheckVocabulary.exclusion)
        guard let first = mentions.first else { return .notApplicable("the public were not excluded") }
        for mention in mentions {
            let position = input.blocks.firstIndex(of: mention.block) ?? 0
            let near = input.blocks[position..<min(input.blocks.count, position + Self.window + 1)]
            let grounds = near.contains { CheckVocabulary.exclusionGrounds.occurs(in: input.lowered[$0]) }
            let resolved = near.contains { CheckVocabulary.resolutions.occurs(in: input.lowered[$0]) }
            if !(grounds && resolved) { return .missing(line: mention.line, note: nil) }
        }
        return .found(first, "exclusion resolution: " + input.describe(first))
    }
}
