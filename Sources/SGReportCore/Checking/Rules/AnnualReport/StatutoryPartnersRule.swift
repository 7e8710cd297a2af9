/// `statutory-partners` (must): the three safeguarding partners are named — the local authority, the police
/// and the health partner (the clinical commissioning group, or integrated care board from July 2022).
///
/// Children Act 2004 s16E and Working Together 2018 ch. 3 (safeguarding partners); for an LSCB, s13 (membership).
struct StatutoryPartnersRule: Rule {
    let id = "statutory-partners"
    let description = "The three statutory partners are named: local authority, police, and health (CCG or ICB)"
    let severity = RuleSeverity.must
    let source = "Children Act 2004 s16E; Working Together 2018, ch. 3 (safeguarding partners); s13 for an LSCB"
    let missing = "The statutory safeguarding partners are not all named: the report should name the local authority, the chief officer of police's force and the clinical commissioning group (integrated care board from July 2022)."

    static let partners: [(name: String, cues: CueSet)] = [
        ("the local authority", CheckVocabulary.localAuthority),
        ("the police", CheckVocabulary.police),
        ("the health partner (CCG or ICB)", CheckVocabulary.health),
    ]

    func evaluate(_ input: CheckInput) -> RuleFinding {
        // Best evidence: one passage naming all three, as "published by the 3 statutory partners: …" does.
        if let together = input.firstHit(Self.partners[0].cues, where: { b in
            Self.partners.allSatisfy { $0.cues.occurs(in: input.lowered[b]) }
        }) {
            return .found(together, "all three named together in " + input.describe(together))
        }
        let first = Self.partners.map { input.firstHit($0.cues) }
        let absent = zip(Self.partners, first).filter { $0.1 == nil }.map(\.0.name)
        let lines = first.compactMap { $0?.line }
        guard absent.isEmpty, let line = lines.min() else {
            return .missing(line: lines.min(), note: "Not found: " + absent.joined(separator: ", ") + ".")
        }
        return .found(line: line, note: "partners named at " + LineList.phrase(lines))
    }
}
