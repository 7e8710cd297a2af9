/// What a column of a table of figures holds for each row: the row's own values, a benchmark, or its target.
///
/// `Measure | 2021/22 | 2022/23 | England | Statistical Neighbours | Target | RAG`: the two years are the
/// row's own values (the earlier one the later one's previous value), England and statistical neighbours are
/// comparators, Target the target. Performance scorecards and annual reports' data tables are laid out so.
enum ColumnRole: Sendable, Equatable {
    case own
    case comparator(String)
    case target

    init(title: String?) {
        guard let title else { self = .own; return }
        let words = TextShape.words(TextShape.key(String(title.filter { $0 != "*" }))).map(String.init)
        if words.contains(where: { MetricVocabulary.targetHeaderWords.contains($0) }) {
            self = .target
            return
        }
        // "England average 15/16", "Stat Neigh*": the benchmark's usual name; "Good+ Stat Neigh", "Ofsted Good":
        // a benchmark of its own, named as written.
        let named = words.filter { !MetricVocabulary.benchmarkFillers.contains($0) && !$0.contains(where: \.isNumber) }
        for (phrase, name) in MetricVocabulary.comparatorNames + MetricVocabulary.comparatorAbbreviations
        where Self.contains(words, phrase) {
            self = .comparator(named == phrase ? name : Self.written(title))
            return
        }
        if words.contains(where: { MetricVocabulary.benchmarkWords.contains($0) }) {
            self = .comparator(Self.written(title))
            return
        }
        self = .own
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    private static func written(_ title: String) -> String {
        String(String(title.filter { $0 != "*" }).trimmingCharacters(in: " "))
    }
}
