/// Orders two periods as reports write them, by where each starts: "2021/22" is earlier than "2022/23",
/// "March 2020" than "31 March 2021". Periods without a year ("quarter 2", "Q4") have no order.
enum PeriodOrder {
    static func isEarlier(_ a: String, than b: String) -> Bool {
        guard let startA = start(of: a), let startB = start(of: b) else { return false }
        return startA < startB
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
