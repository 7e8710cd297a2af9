/// Finds the spans reports cover: UK financial years ("2016/17", "2019-20", "2019 – 2020") and
/// explicit ranges ("April 2019 – March 2020", "1st April 2019 to 31st March 2020").
enum PeriodScanner {
    struct Mention: Sendable, Equatable {
        let period: Period
        /// A financial year written as a label, rather than an explicit range of dates.
        let isFinancialYear: Bool
        let start: Int
        let end: Int
    }

    static func scan(_ text: String) -> [Mention] {
        let t = Tokenizer.tokens(text)
        return scan(text, tokens: t, dates: DateScanner.scan(t))
    }

    /// The same scan over tokens and dates a caller has already read from `text`.
    static func scan(_ text: String, tokens t: [Token], dates: [DateMention]) -> [Mention] {
        var found: [Mention] = []
        // Explicit ranges first: two dated mentions joined by "to", "-", "–" or "until".
        for (a, b) in zip(dates, dates.dropFirst()) {
            guard let ya = a.year, let yb = b.year, ya <= yb, yb - ya <= 2 else { continue }
            let between = text.utf8Slice(a.end, b.start).trimmingCharacters(in: " ").lowercased()
            guard ["to", "-", "–", "—", "until", "through"].contains(between) else { continue }
            let startDate = PartialDate(year: ya, month: a.month, day: a.day ?? 1)
            let endDay = b.day ?? PartialDate.daysIn(month: b.month, year: yb)
            let label = String(text.utf8Slice(a.start, b.end))
            found.append(Mention(
                period: Period(label: label, start: startDate, end: PartialDate(year: yb, month: b.month, day: endDay)),
                isFinancialYear: false, start: a.start, end: b.end))
        }
        // Ranges join neighbouring dates, so their starts and ends both rise: the one that could hold a year is
        // the last starting at or before it (a binary search; a scan of them per year was quadratic in a long line).
        let ranges = found
        var i = 0
        while i + 2 < t.count {
            if let m = financialYear(t, i) {
                let before = ranges.partitionPoint { $0.start > m.start }
                if before == 0 || ranges[before - 1].end < m.end { found.append(m) }
                i += 3
            } else {
                i += 1
            }
        }
        return found.sorted { $0.start < $1.start }
    }

    /// `2019-20`, `2016/17`, `2019 – 2020`, `2019/2020`, `2007-8`: consecutive years, the first starting in April.
    private static func financialYear(_ t: [Token], _ i: Int) -> Mention? {
        guard let first = DateScanner.year(t, i), ["/", "-", "–", "—"].contains(String(t[i + 1].text)) else { return nil }
        let second = t[i + 2]
        guard second.kind == .number, let n = second.int else { return nil }
        let secondYear: Int
        switch second.text.count {
        // "2007-8", "2008/9": older reports shorten the second year to its last digit, always written tight.
        case 1 where !t[i + 1].spaced && !second.spaced: secondYear = first + 1 - (first + 1) % 10 + n
        case 2: secondYear = (first / 100) * 100 + n + (n < first % 100 ? 100 : 0)
        case 4: secondYear = n
        default: return nil
        }
        guard secondYear == first + 1 else { return nil }
        // A year range continuing into a date ("2019-20 March") is still the year; "2019-2020-21" is not.
        if i + 3 < t.count, !t[i + 3].spaced, t[i + 3].kind == .number { return nil }
        if i + 4 < t.count, !t[i + 3].spaced, !t[i + 4].spaced, ["-", "/"].contains(t[i + 3].text), t[i + 4].kind == .number {
            return nil
        }
        let separator = t[i + 1].text == "/" ? "/" : "-"
        let label = "\(first)\(separator)\(String(secondYear % 100).leftPadded(to: 2))"
        return Mention(
            period: Period(
                label: label,
                start: PartialDate(year: first, month: Calendar.financialYearStartMonth, day: 1),
                end: PartialDate(year: secondYear, month: Calendar.financialYearStartMonth - 1, day: 31)),
            isFinancialYear: true, start: t[i].start, end: second.end)
    }
}

extension String {
    /// The text between two UTF-8 offsets (clamped), for slicing by token positions.
    func utf8Slice(_ from: Int, _ to: Int) -> Substring {
        let count = utf8.count
        let a = utf8.index(utf8.startIndex, offsetBy: Swift.max(0, Swift.min(from, count)))
        let b = utf8.index(utf8.startIndex, offsetBy: Swift.max(0, Swift.min(Swift.max(from, to), count)))
        return self[a..<b]
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
