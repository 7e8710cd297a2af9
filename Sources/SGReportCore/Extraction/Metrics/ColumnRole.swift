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
        let plain = Self.withoutStars(title)
        let words = TextShape.words(TextShape.key(plain))
        if words.contains(where: { MetricVocabulary.targetHeaderWords.contains(String($0)) }) {
            self = .target
            return
        }
        // "England average 15/16", "Stat Neigh*": the benchmark's usual name; "Good+ Stat Neigh", "Ofsted Good":
        // a benchmark of its own, named as written.
        if let (phrase, name) = Self.firstPhrase(in: words) {
            let named = words.filter { !MetricVocabulary.benchmarkFillers.contains(String($0)) && !$0.contains(where: \.isNumber) }
            self = .comparator(named.elementsEqual(phrase, by: ==) ? name : Self.written(plain))
            return
        }
        if words.contains(where: { MetricVocabulary.benchmarkWords.contains(String($0)) }) {
            self = .comparator(Self.written(plain))
            return
        }
        self = .own
    }

    private static let phrases = MetricVocabulary.comparatorNames + MetricVocabulary.comparatorAbbreviations

    /// Each phrase's place in `phrases` by its first word: a header that took in the figure-free rows under it can
    /// run to hundreds of words, so each word is looked up once rather than compared with every phrase.
    private static let phrasesByHead: [String: [Int]] = Dictionary(
        grouping: phrases.indices.filter { !phrases[$0].0.isEmpty }, by: { phrases[$0].0[0] })

    /// The phrase earliest in `phrases` (longer names first) that the words hold.
    private static func firstPhrase(in words: [Substring]) -> ([String], String)? {
        var best: Int?
        for (i, word) in words.enumerated() {
            guard let candidates = phrasesByHead[String(word)] else { continue }
            for p in candidates where p < (best ?? .max) {
                let phrase = phrases[p].0
                if i + phrase.count <= words.count, words[i..<(i + phrase.count)].elementsEqual(phrase, by: ==) { best = p }
            }
        }
        return best.map { phrases[$0] }
    }

    private static func withoutStars(_ title: String) -> String {
        title.containsByte(UInt8(ascii: "*")) ? String(title.filter { $0 != "*" }) : title
    }

    private static func written(_ plain: String) -> String {
        String(plain.trimmingCharacters(in: " "))
    }
}
