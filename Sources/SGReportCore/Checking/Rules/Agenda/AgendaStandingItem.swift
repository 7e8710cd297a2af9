/// Finds a standing item (apologies, declarations of interest, minutes of the previous meeting) among the
/// agenda's numbered items, or failing that anywhere in the agenda's opening.
struct AgendaStandingItem {
    let cues: CueSet

    func find(in input: CheckInput) -> RuleFinding {
        let items = AgendaItemScan.items(in: input)
        if let item = items.first(where: { cues.occurs(in: $0.lowered) }) {
            return .found(line: item.line, note: "item \(item.number) \u{201C}\(Quote.around(item.title, offset: 0))\u{201D}")
        }
        if items.isEmpty, let hit = input.firstHit(cues, where: { input.blocks.prefix(MeetingDetails.openingBlocks * 2).contains($0) }) {
            return .found(hit, input.describe(hit))
        }
        return .missing(line: items.first?.line, note: items.isEmpty ? nil : "None of the \(items.count) numbered items is one.")
    }
}
