/// Reads the number or letter that numbers a line: "2.2.1 Better provision" → ("2.2.1", "Better provision").
///
/// A bare number needs its punctuation (`1.`, `1)`), so "2 meetings were held" is prose, not item 2;
/// a dotted number without a final dot needs a capital after it, so "4.025 secondary" is a decimal.
enum Enumerator {
    static func split(_ text: String) -> (enumerator: String?, body: String) {
        let (enumerator, body, _) = read(text)
        return (enumerator, body)
    }

    /// Also tells whether the numbering is closed by a parenthesis (`1)`, `(a)`): list numbering, not a heading's.
    static func read(_ text: String) -> (enumerator: String?, body: String, parenthesised: Bool) {
        let u = Array(text.utf8)
        var i = 0
        if let r = numeric(u, &i) ?? lettered(u, &i) {
            let body = String(decoding: u[i...], as: UTF8.self).trimmingLeadingSpaces()
            let closing = u[..<i].last(where: { $0 != 0x20 })
            return (r, body, closing == UInt8(ascii: ")"))
        }
        return (nil, text, false)
    }

    private static func numeric(_ u: [UInt8], _ i: inout Int) -> String? {
        var j = 0
        var groups = 0
        while groups < 5 {
            let start = j
            while j < u.count, j - start < 3, InlineCleaner.isDigit(u[j]) { j += 1 }
            guard j > start else { break }
            groups += 1
            if j < u.count, u[j] == UInt8(ascii: "."), j + 1 < u.count, InlineCleaner.isDigit(u[j + 1]) { j += 1 } else { break }
        }
        guard groups > 0, j < u.count || groups > 0 else { return nil }
        let number = String(decoding: u[0..<j], as: UTF8.self)
        if j < u.count, InlineCleaner.isDigit(u[j]) { return nil }  // a long number (a year, a count)
        var k = j
        var punctuated = false
        if k < u.count, u[k] == UInt8(ascii: ".") || u[k] == UInt8(ascii: ")") {
            punctuated = true
            k += 1
        }
        // "1.1 / To inform members", "1. /Purpose of the Report": a converted table's cell rule stands after the
        // number; it numbers the words after it.
        // (A bare "12 / Children" may be a count in a slash-ruled table: it needs its dot.)
        if groups > 1 || punctuated, let past = pastCellRule(u, from: k) {
            i = past
            return number
        }
        let spaced = k < u.count && u[k] == 0x20
        let capitalNext = k < u.count && isCapitalStart(u, spaced ? k + 1 : k)
        if k >= u.count {
            guard punctuated else { return nil }  // "1." alone on a line numbers what follows
        } else if groups == 1 {
            guard punctuated, spaced || capitalNext else { return nil }
            // "2019." or "1.5m" are not list numbers; numbering stays small.
            guard let n = Int(number), n < 1000 else { return nil }
        } else {
            guard capitalNext || (punctuated && spaced) else { return nil }
        }
        i = spaced ? k + 1 : k
        return number
    }

    /// Where the words start past " / " after a number, when a capital or the line's end follows.
    private static func pastCellRule(_ u: [UInt8], from k: Int) -> Int? {
        var j = k
        while j < u.count, u[j] == 0x20 { j += 1 }
        guard j < u.count, u[j] == UInt8(ascii: "/") else { return nil }
        j += 1
        while j < u.count, u[j] == 0x20 { j += 1 }
        return j >= u.count || isCapitalStart(u, j) ? j : nil
    }

    /// `(a)`, `a)`, `(iv)`, `iv)`: letters that number sub-items.
    private static func lettered(_ u: [UInt8], _ i: inout Int) -> String? {
        var j = 0
        let open = u.first == UInt8(ascii: "(")
        if open { j = 1 }
        let start = j
        while j < u.count, j - start < 4, InlineCleaner.isLowercase(u[j]) { j += 1 }
        let letters = String(decoding: u[start..<j], as: UTF8.self)
        // "a)", "(iv)"; also a roman "ii.  The membership of …" with a dot, before a capital ("i.e. the" is prose;
        // "a. Chair's Report" stays a line of its own, as agenda sub-items are read).
        let dotted = !open && j < u.count && u[j] == UInt8(ascii: ".") && u[start..<j].allSatisfy { "ivx".utf8.contains($0) }
        guard !letters.isEmpty, j < u.count, u[j] == UInt8(ascii: ")") || dotted else { return nil }
        guard letters.count == 1 || letters.allSatisfy({ "ivx".contains($0) }) else { return nil }
        j += 1
        guard j >= u.count || u[j] == 0x20 else { return nil }
        if dotted {
            var k = j
            while k < u.count, u[k] == 0x20 { k += 1 }
            guard isCapitalStart(u, k) else { return nil }
        }
        i = min(j + 1, u.count)
        return letters
    }

    private static func isCapitalStart(_ u: [UInt8], _ k: Int) -> Bool {
        guard k < u.count else { return false }
        let b = u[k]
        return (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b >= 0x80 || b == UInt8(ascii: "'") || b == UInt8(ascii: "\"")
    }
}

extension String {
    func trimmingLeadingSpaces() -> String {
        guard first == " " else { return self }
        return String(drop(while: { $0 == " " }))
    }
}
