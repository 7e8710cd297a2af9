/// Finds clock times and writes them in 24-hour form: "2.00 pm" → "14:00", "10am", "10.15 am", "1.00 p.m.", "12 noon".
///
/// Reads tokens, so the cost is linear; a bare "1.00" (no am/pm) is a number, not a time, but "14:30" is a time,
/// and so is "14.30" or "09.15" where a time stands ("at 14.30", "Time: 09.15 - 12.17").
enum TimeScanner {
    struct Mention: Sendable, Equatable {
        /// "14:00".
        let time: String
        let start: Int
        let end: Int
    }

    static func scan(_ text: String) -> [Mention] {
        scan(Tokenizer.tokens(text))
    }

    static func scan(_ t: [Token]) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < t.count {
            if let (mention, next) = time(t, i) {
                found.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    private static func time(_ t: [Token], _ i: Int) -> (Mention, Int)? {
        guard t[i].kind == .number, t[i].text.count <= 2, let hour = t[i].int else { return nil }
        var j = i + 1
        var minute = 0
        var colon = false
        if j + 1 < t.count, [".", ":"].contains(t[j].text), !t[j].spaced, !t[j + 1].spaced,
            t[j + 1].kind == .number, t[j + 1].text.count == 2, let m = t[j + 1].int, m < 60
        {
            colon = t[j].text == ":"
            minute = m
            j += 2
        }
        if let (isPM, next) = meridiem(t, j) {
            guard (1...12).contains(hour) else { return nil }
            let h24 = hour % 12 + (isPM ? 12 : 0)
            return (Mention(time: format(h24, minute), start: t[i].start, end: t[next - 1].end), next)
        }
        if j < t.count, t[j].lower == "noon" || t[j].lower == "midday", hour == 12, minute == 0 {
            return (Mention(time: "12:00", start: t[i].start, end: t[j].end), j + 1)
        }
        if colon, hour <= 23, i > 0 ? !(t[i - 1].text == ":" && !t[i].spaced) : true {
            return (Mention(time: format(hour, minute), start: t[i].start, end: t[j - 1].end), j)
        }
        if !colon, j == i + 3, isDottedClock(t, i, hour: hour, end: j) {
            return (Mention(time: format(hour, minute), start: t[i].start, end: t[j - 1].end), j)
        }
        return nil
    }

    /// "at 14.30", "Time: 09.15 - 12.17": a 24-hour time written with a dot, which only its place tells from a
    /// decimal — after "at", a label's colon or a range's dash, with an hour past noon or a leading zero.
    private static func isDottedClock(_ t: [Token], _ i: Int, hour: Int, end j: Int) -> Bool {
        guard hour <= 23, hour >= 13 || t[i].text.hasPrefix("0") else { return false }
        if j < t.count, t[j].text == "%" || t[j].kind == .word && !t[j].spaced { return false }
        // A label's value on its own ("Time: 09.15 - 12.17" gives "09.15 - 12.17"): the time alone or a range's start.
        guard i > 0 else { return j == t.count || ["-", "–", "—", "to"].contains(t[j].lower) }
        let before = t[i - 1]
        return before.lower == "at" || [":", "-", "–", "—"].contains(before.text)
    }

    /// "am", "pm", "a.m.", "p.m", "PM": (isPM, index after).
    private static func meridiem(_ t: [Token], _ j: Int) -> (Bool, Int)? {
        guard j < t.count, t[j].kind == .word else { return nil }
        switch t[j].lower {
        case "am": return (false, j + 1)
        case "pm": return (true, j + 1)
        case "a", "p":
            guard j + 2 < t.count, t[j + 1].text == ".", t[j + 2].lower == "m" else { return nil }
            var next = j + 3
            if next < t.count, t[next].text == ".", !t[next].spaced { next += 1 }
            return (t[j].lower == "p", next)
        default: return nil
        }
    }

    private static func format(_ h: Int, _ m: Int) -> String {
        String(h).leftPadded(to: 2) + ":" + String(m).leftPadded(to: 2)
    }
}
