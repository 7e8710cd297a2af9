/// Small questions about the shape of a line of clean text, shared by the structure stages.
enum TextShape {
    /// Ends like a sentence or a label: ".", ",", ";", ":" (a heading does not).
    static func endsClause(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return ".,;:".contains(last)
    }

    /// Ends a sentence, so a following line is a new paragraph even if it starts in lower case.
    static func endsSentence(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return ".!?:;".contains(last)
    }

    /// Words that cannot end a sentence ("… contacts and" / "4,368 were referrals"): what follows continues it.
    static let joiningWords: Set<String> = [
        "and", "or", "of", "the", "to", "with", "from", "by", "in", "for", "a", "an", "on", "at", "than", "that",
        "were", "was", "is", "are", "be", "as", "per", "which", "who", "our", "their", "its",
    ]

    /// Looks only at the last word, scanning back from the end: paragraphs grow line by line and
    /// splitting the whole text each time would be quadratic.
    static func endsWithJoiningWord(_ s: String) -> Bool {
        let utf8 = s.utf8
        var start = utf8.endIndex
        var length = 0
        while start > utf8.startIndex, length <= 5 {
            let before = utf8.index(before: start)
            if utf8[before] == 0x20 { break }
            start = before
            length += 1
        }
        guard length > 0, length <= 5 else { return false }
        return joiningWords.contains(String(decoding: utf8[start...], as: UTF8.self).lowercased())
    }

    /// "… accepted the report at their meeting on 11" / "June 2024.", "… on 3 March" / "2024 the Board …": a date
    /// a converter broke after its day or its month; the next line goes on with it though it starts with a capital
    /// or a digit. The day must follow a word that leads a date ("on", "by", "until" …), so a tile's figure over a
    /// month ("Referrals 11" / "March 12") stays a line of its own.
    static func breaksDate(_ text: String, before next: String) -> Bool {
        // Cheap tests first, on bytes: this is asked of every capitalised line after an open sentence. A day
        // (a digit) goes on to a month (a capital); a month (a capital) to a year (a digit).
        let u = text.utf8
        guard let lead = next.utf8.first, let end = u.last, (0x30...0x39).contains(end) || (0x61...0x7A).contains(end | 0x20) else {
            return false
        }
        var start = u.endIndex, length = 0
        while start > u.startIndex, length < 12 {
            let before = u.index(before: start)
            if u[before] == 0x20 { break }
            start = before
            length += 1
        }
        guard length < 12 else { return false }
        let initial = u[start]
        let dayThenMonth = (0x30...0x39).contains(initial) && (0x41...0x5A).contains(lead)
        let monthThenYear = (0x41...0x5A).contains(initial) && (0x30...0x39).contains(lead)
        guard dayThenMonth || monthThenYear else { return false }
        let tail = lastWords(text, 3)
        guard let last = tail.last, let first = next.prefix(16).split(separator: " ", maxSplits: 1).first else { return false }
        func isDay(_ w: Substring) -> Bool {
            let digits = w.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count), let d = Int(digits), (1...31).contains(d) else { return false }
            let suffix = w.dropFirst(digits.count)
            return suffix.isEmpty || Calendar.ordinalSuffixes.contains(suffix.lowercased())
        }
        func isMonth(_ w: Substring) -> Bool {
            let word = w.prefix { $0.isLetter }
            return word.first?.isUppercase == true && Calendar.months[word.lowercased()] != nil
        }
        func leadsDate(_ w: Substring) -> Bool { dateLeads.contains(w.lowercased()) }
        if isDay(last), tail.count >= 2, leadsDate(tail[tail.count - 2]) { return isMonth(first) }
        if isMonth(last), last.allSatisfy(\.isLetter), tail.count >= 2, leadsDate(tail[tail.count - 2]) || isDay(tail[tail.count - 2]) {
            let digits = first.prefix { $0.isASCII && $0.isNumber }
            return digits.count == 4 && Int(digits).map { (1900...2100).contains($0) } == true
        }
        return false
    }

    /// Words that lead a date in running text: "on 11 June", "by 31 March", "from 1 April", "w/c 4 May".
    static let dateLeads: Set<String> = [
        "on", "by", "from", "until", "till", "to", "since", "before", "after", "of", "dated", "held", "w/c", "between", "and",
    ]

    /// Up to `count` last space-separated words, read back from the end (paragraphs grow line by line).
    /// Reads at most the last 64 bytes: a line of a megabyte without spaces is one word, not a scan.
    private static func lastWords(_ s: String, _ count: Int) -> [Substring] {
        let utf8 = s.utf8
        let floor = utf8.index(utf8.endIndex, offsetBy: -64, limitedBy: utf8.startIndex) ?? utf8.startIndex
        var words: [Substring] = []
        var end = utf8.endIndex
        while words.count < count, end > floor {
            var start = end
            while start > floor, utf8[utf8.index(before: start)] != 0x20 { start = utf8.index(before: start) }
            if start == floor, floor != utf8.startIndex { break }  // a word cut by the window is no word
            if start < end { words.append(s[start..<end]) }
            end = start > floor ? utf8.index(before: start) : start
        }
        return words.reversed()
    }

    static func startsLowercase(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    static func startsUppercase(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// The space-separated words, split on bytes: splitting by `Character` cost 86k instructions a paragraph.
    static func words<S: StringProtocol>(_ s: S) -> [Substring] where S.SubSequence == Substring {
        let utf8 = s.utf8
        var out: [Substring] = []
        var i = utf8.startIndex
        while i < utf8.endIndex {
            while i < utf8.endIndex, utf8[i] == 0x20 { i = utf8.index(after: i) }
            let start = i
            while i < utf8.endIndex, utf8[i] != 0x20 { i = utf8.index(after: i) }
            if start < i { out.append(s[start..<i]) }
        }
        return out
    }

    /// Lowercased letters and digits only, single-spaced: the key to compare a heading with its
    /// contents entry ("1.1 Purpose of the Annual Report ..... 5" and "### 1.1 Purpose …" share one).
    /// A byte scan: ASCII is folded directly; other letters are kept as written.
    static func key(_ s: String) -> String {
        if let ascii = asciiKey(s) { return ascii }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        var i = s.utf8.startIndex
        let utf8 = s.utf8
        while i < utf8.endIndex {
            let b = utf8[i]
            if b < 0x80 {
                let lower = b | 0x20
                let keep = (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39)
                if keep {
                    if space && !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(b >= 0x41 && b <= 0x5A ? lower : b)
                } else {
                    space = true
                }
                i = utf8.index(after: i)
            } else {
                let scalarStart = i
                repeat { i = utf8.index(after: i) } while i < utf8.endIndex && utf8[i] & 0xC0 == 0x80
                let piece = s[scalarStart..<i]
                if let scalar = piece.unicodeScalars.first, scalar.properties.isAlphabetic {
                    if space && !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(contentsOf: piece.lowercased().utf8)
                } else {
                    space = true
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `key` for ASCII text (nearly every line), written straight into the new string; nil when a byte is not ASCII.
    private static func asciiKey(_ s: String) -> String? {
        var s = s
        s.makeContiguousUTF8()
        return s.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var space = false
                for b in bytes {
                    let lower = b | 0x20
                    if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                        if space && n > 0 { out[n] = 0x20; n += 1 }
                        space = false
                        out[n] = b >= 0x41 && b <= 0x5A ? lower : b
                        n += 1
                    } else {
                        space = true
                    }
                }
                return n
            }
        } ?? nil
    }

    /// Counts space-separated words, stopping early past `limit` (cheap on long paragraphs).
    static func wordCount(_ s: String, limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for b in s.utf8 {
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// Share of significant words that start with a capital: "Progress against our Priorities" → 2/3.
    static func titleCaseRatio(_ words: [Substring]) -> Double {
        var significant = 0, capitalised = 0
        for w in words {
            let lower = w.lowercased()
            guard let first = w.unicodeScalars.first, first.properties.isAlphabetic else { continue }
            if StructureVocabulary.minorWords.contains(lower) { continue }
            significant += 1
            if first.properties.isUppercase { capitalised += 1 }
        }
        return significant == 0 ? 0 : Double(capitalised) / Double(significant)
    }

    /// Every letter is a capital ("GET SAFE AND GET THERE").
    static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for ch in s.unicodeScalars where ch.properties.isAlphabetic {
            if ch.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }
}
