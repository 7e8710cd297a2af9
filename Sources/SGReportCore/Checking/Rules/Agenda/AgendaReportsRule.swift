/// `agenda-reports` (should): each substantive item has its report attached (a page reference) or a contact.
///
/// Local Government Act 1972 s100B(1): copies of the agenda "and of any report for the meeting" are open to
/// inspection; s100D: background papers and a contact. Procedural items (apologies, declarations, minutes,
/// questions, date of next meeting) need neither.
struct AgendaReportsRule: Rule {
    let id = "agenda-reports"
    let description = "Each substantive item has a report attached or a contact"
    let severity = RuleSeverity.should
    let source = "Local Government Act 1972 s100B(1) and s100D"
    let missing = "A substantive item has neither a report attached (with its pages) nor a contact officer."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let items = AgendaItemScan.items(in: input)
        let substantive = items.filter { !CheckVocabulary.proceduralItems.occurs(in: $0.lowered) }
        guard !substantive.isEmpty else {
            return .notApplicable(items.isEmpty ? "no numbered items of business were found" : "no substantive items")
        }
        let unreferenced = substantive.filter { !$0.hasPages }
        if unreferenced.isEmpty, let first = substantive.first {
            return .found(line: first.line, note: "all \(substantive.count) substantive items give the pages of their report")
        }
        let contacts = input.hits(CheckVocabulary.contacts)
        if contacts.count >= unreferenced.count, let first = contacts.first {
            return .found(first, "\(contacts.count) contact\(contacts.count == 1 ? "" : "s") given, from " + input.describe(first))
        }
        let names = unreferenced.prefix(3).map { "item \($0.number)" }.joined(separator: ", ")
        return .missing(line: unreferenced.first?.line, note: "Without pages or a contact: \(names)\(unreferenced.count > 3 ? " …" : "").")
    }
}
