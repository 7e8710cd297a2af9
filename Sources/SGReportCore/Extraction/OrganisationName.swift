/// Finds an organisation's proper name in a line: the run of capitalised words ending in an
/// organisation noun ("Worcestershire Safeguarding Children Board", "Herefordshire Council").
enum OrganisationName {
    static func find(in text: String, allowCommittee: Bool) -> String? {
        let words = TextShape.words(text).map { $0.trimmingCharacters(in: ",.;:()'’\"") }
        for (i, word) in words.enumerated() {
            let lower = word.lowercased()
            guard ReportVocabulary.organisationNouns.contains(lower) || (allowCommittee && ReportVocabulary.committeeNouns.contains(lower)),
                word.first?.isUppercase == true
            else { continue }
            var start = i
            while start > 0 {
                let previous = words[start - 1]
                guard let first = previous.first, first.isUppercase || previous == "and" && start > 1 && words[start - 2].first?.isUppercase == true,
                    !previous.isEmpty
                else { break }
                if previous == "and" {
                    // "Children and Families Board" keeps its "and"; "Board and Partnership" splits two names.
                    if ReportVocabulary.organisationNouns.contains(words[start - 2].lowercased()) { break }
                }
                start -= 1
            }
            // A name needs a place or purpose before its noun: "the Board" alone names nobody.
            guard i - start >= 1 else { continue }
            let name = words[start...i].joined(separator: " ")
            if name.hasSuffix("'s") || name.hasSuffix("’s") { continue }
            return name
        }
        return nil
    }
}
