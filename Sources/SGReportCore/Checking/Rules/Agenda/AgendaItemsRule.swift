/// `agenda-items` (must): the items of business are listed and numbered.
///
/// Local Government Act 1972 Schedule 12 para 10(2)(b): the summons must specify "the business proposed to be
/// transacted"; numbering the items is the convention minutes and papers refer to. At least two numbered items
/// in order from 1 (or the meetings extractor's agenda, once it finds one).
struct AgendaItemsRule: Rule {
    let id = "agenda-items"
    let description = "The items of business are listed and numbered"
    let severity = RuleSeverity.must
    let source = "Local Government Act 1972 Schedule 12 para 10(2)(b); local convention (numbering)"
    let missing = "The agenda must specify the business to be transacted: list the items of business, numbered from 1."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let items = AgendaItemScan.items(in: input)
        if items.count >= 2, let first = items.first {
            return .found(line: first.line, note: "\(items.count) numbered items")
        }
        if let meeting = input.document.meetings.first(where: { $0.agenda.count >= 2 }) {
            return .found(line: meeting.line, note: "\(meeting.agenda.count) items of business")
        }
        let heading = input.firstHit(["agenda"], where: { input.block($0).kind == .heading })
        return .missing(line: heading?.line, note: items.isEmpty ? nil : "Only one numbered item was found.")
    }
}
