/// Finds dates in clean text: "18th August 2021", "Tuesday, 10 May 2022", "10 MAY 2022",
/// "1st of September 2022", "22/06/22" (UK order, day first), "June 2019" (month only, no day invented).
///
/// Reads tokens, so the cost is linear in the text; a number is a day only beside a month name.
enum DateScanner {
    static func scan(_ text: String) -> [DateMention] {
        scan(Tokenizer.tokens(text))
    }

    static func scan(_ t: [Token]) -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < t.count {
            // A date starts with a number or a capitalised word: marks and lower-case words are passed over at once.
            let kind = t[i].kind
            guard kind == .number || (kind == .word && t[i].text.utf8.first.map(monthInitials.contains) == true) else {
                i += 1
                continue
            }
            if let (mention, next) = dayFirst(t, i) ?? numeric(t, i) ?? monthFirst(t, i) {
                found.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    /// Days listed before a date that share its month and year: "15 and 29 January 2020" → the 15th, "7, 8 and 15th
    /// December" → the 7th and 8th, as minutes list the meetings they approve.
    static func daysListed(before date: DateMention, in t: [Token]) -> [DateMention] {
        guard date.day != nil else { return [] }
        var days: [DateMention] = []
        var k = t.partitionPoint { $0.start >= date.start } - 1  // the joiner before the date's first token
        while k >= 1, ["and", "&", ","].contains(t[k].lower) {
            var n = k - 1
            if t[n].kind == .word, Calendar.ordinalSuffixes.contains(t[n].lower), !t[n].spaced, n >= 1 { n -= 1 }
            guard t[n].kind == .number, t[n].text.utf8.count <= 2, let day = t[n].int, (1...31).contains(day) else { break }
            days.append(DateMention(year: date.year, month: date.month, day: day, start: t[n].start, end: t[n].end))
            k = n - 1
        }
        return days.reversed()
    }

    /// Whether `text` could hold a date at all: a digit, or a capital starting a month's first three letters
    /// ("Mar…", "DEC…"). False means `scan` finds nothing, so a reader can skip tokenising the text; true may
    /// still find nothing ("Decision", "Mayor").
    static func mightHoldDate(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for (i, b) in bytes.enumerated() {
                if b >= 0x30 && b <= 0x39 { return true }
                guard b >= 0x41, b <= 0x5A, i + 2 < bytes.count, monthInitials.contains(b) else { continue }
                if monthPrefixes.contains(UInt32(b | 0x20) << 16 | UInt32(bytes[i + 1] | 0x20) << 8 | UInt32(bytes[i + 2] | 0x20)) {
                    return true
                }
            }
            return false
        } ?? true
    }

    /// Every month name's first three letters, folded, packed into one number: "jan" … "dec".
    private static let monthPrefixes: Set<UInt32> = Set(Calendar.months.keys.compactMap { name in
        let b = Array(name.utf8)
        return b.count >= 3 ? UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2]) : nil
    })

    /// The month a word names, if it is written as a month ("May", "MAY", "Sept"), not as "may".
    static func month(_ token: Token) -> Int? {
        // A month is written with a capital, and only eight letters start one: a byte test spares the lookup for most words.
        guard token.kind == .word, let first = token.text.utf8.first, Self.monthInitials.contains(first) else { return nil }
        return Calendar.months[token.lower]
    }

    /// The capitals month names start with (A, D, F, J, M, N, O, S), taken from `Calendar.months`.
    private static let monthInitials: [UInt8] = Array(Set(Calendar.months.keys.compactMap { $0.utf8.first.map { $0 & 0xDF } }))

    /// A four-digit year, or nil.
    static func year(_ t: [Token], _ i: Int) -> Int? {
        guard i < t.count, t[i].kind == .number, t[i].text.count == 4, let y = t[i].int, (1900...2100).contains(y) else { return nil }
        return y
    }

    /// `18th August 2021`, `2 June`, `1st of September 2022`, `21 st June`.
    private static func dayFirst(_ t: [Token], _ i: Int) -> (DateMention, Int)? {
        guard t[i].kind == .number, t[i].text.count <= 2, let day = t[i].int, (1...31).contains(day) else { return nil }
        var j = i + 1
        if j < t.count, t[j].kind == .word, Calendar.ordinalSuffixes.contains(t[j].lower) { j += 1 }
        if j < t.count, t[j].lower == "of" { j += 1 }
        guard j < t.count, let m = month(t[j]) else { return nil }
        j += 1
        var k = j
        if k < t.count, t[k].text == "," { k += 1 }
        if let y = year(t, k) {
            return (DateMention(year: y, month: m, day: day, start: t[i].start, end: t[k].end), k + 1)
        }
        return (DateMention(year: nil, month: m, day: day, start: t[i].start, end: t[j - 1].end), j)
    }

    /// `June 2019` (month only), `September 13, 2022`.
    private static func monthFirst(_ t: [Token], _ i: Int) -> (DateMention, Int)? {
        guard let m = month(t[i]) else { return nil }
        var j = i + 1
        if j < t.count, t[j].lower == "of" { j += 1 }
        if let y = year(t, j) {
            return (DateMention(year: y, month: m, day: nil, start: t[i].start, end: t[j].end), j + 1)
        }
        if j < t.count, t[j].kind == .number, t[j].text.count <= 2, let d = t[j].int, (1...31).contains(d) {
            var k = j + 1
            if k < t.count, t[k].kind == .word, Calendar.ordinalSuffixes.contains(t[k].lower) { k += 1 }
            if k < t.count, t[k].text == "," { k += 1 }
            if let y = year(t, k) {
                return (DateMention(year: y, month: m, day: d, start: t[i].start, end: t[k].end), k + 1)
            }
        }
        return nil
    }

    /// A table header cell that is a date and nothing else, where a dotted date may have a two-digit year
    /// (`2.4.15`, `12.06.19`: attendance grids head their columns so). In running text those read as section
    /// or version numbers, so `scan` wants four digits after dots; a cell holding only the date is no section.
    static func headerCellDate(_ t: [Token]) -> DateMention? {
        if let (date, end) = numeric(t, 0, shortDottedYears: true), end == t.count { return date }
        return nil
    }

    /// `22/06/22`, `16/03/2020`, `2.6.2020`: day, month, year in UK order.
    private static func numeric(_ t: [Token], _ i: Int, shortDottedYears: Bool = false) -> (DateMention, Int)? {
        guard i + 4 < t.count, t[i].kind == .number, t[i].text.count <= 2,
            let sep = ["/", ".", "-"].first(where: { $0 == t[i + 1].text }), t[i + 3].text == sep,
            !t[i + 1].spaced, !t[i + 2].spaced, !t[i + 3].spaced, !t[i + 4].spaced,
            t[i + 2].kind == .number, t[i + 2].text.count <= 2, t[i + 4].kind == .number,
            let d = t[i].int, let m = t[i + 2].int, let rawYear = t[i + 4].int
        else { return nil }
        let y: Int
        switch t[i + 4].text.count {
        case 2: y = 2000 + rawYear
        case 4: y = rawYear
        default: return nil
        }
        // "1.2.3" section numbers and "2.5.10" versions are no dates: a dotted date needs a 4-digit year.
        if sep == ".", t[i + 4].text.count != 4, !shortDottedYears { return nil }
        guard (1...31).contains(d), (1...12).contains(m), (1990...2100).contains(y) else { return nil }
        return (DateMention(year: y, month: m, day: d, start: t[i].start, end: t[i + 4].end), i + 5)
    }
}
