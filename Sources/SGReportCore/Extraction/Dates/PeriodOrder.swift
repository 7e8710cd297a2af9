/// Orders two periods as reports write them, by where each starts: "2021/22" is earlier than "2022/23",
/// "March 2020" than "31 March 2021". Quarters without a year are ordered only when consecutive ("Q3" before "Q4").
enum PeriodOrder {
    static func isEarlier(_ a: String, than b: String) -> Bool {
        guard let startA = start(of: a), let startB = start(of: b) else {
            // "7.3% in Q3 compared to 8.4% in Q4": quarters without a year are ordered when they follow each other
            // (Q4 and Q1 may be a year apart either way).
            guard let qa = quarter(a), let qb = quarter(b) else { return false }
            return qb - qa == 1
        }
        return startA < startB
    }

    /// 3 for "Q3", "quarter 3", "Quarter three" written alone.
    private static func quarter(_ label: String) -> Int? {
        let words = TextShape.words(label.lowercased()).map(String.init)
        if words.count == 1, words[0].hasPrefix("q"), let n = Int(words[0].dropFirst()), (1...4).contains(n) { return n }
        guard words.count == 2, MetricVocabulary.quarterWords.contains(words[0]) else { return nil }
        let n = Int(words[1]) ?? NumberWords.values[words[1]]
        return n.flatMap { (1...4).contains($0) ? $0 : nil }
    }

    /// Where a period starts: a financial year or range from its first day, a date as written, a bare year from January.
    static func start(of label: String) -> PartialDate? {
        let tokens = Tokenizer.tokens(label)
        let dates = DateScanner.scan(tokens)
        if let period = PeriodScanner.scan(label, tokens: tokens, dates: dates).first, let start = period.period.start {
            return start
        }
        if let date = dates.first(where: { $0.year != nil })?.date() { return date }
        if let year = tokens.first(where: { $0.kind == .number && $0.text.utf8.count == 4 })?.int, (1900...2100).contains(year) {
            return PartialDate(year: year)
        }
        return nil
    }
}
