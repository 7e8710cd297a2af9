/// Strips converter residue from a piece of one line, leaving the words a reader sees.
///
/// `"24<sup>th</sup> October &amp; **[the report](http://x)**\\_v2"` → `"24th October & the report_v2"`.
/// One forward pass over UTF-8 bytes; every lookahead is bounded, so the cost is linear in the line.
enum InlineCleaner {
    /// Longest tag, entity or link target looked ahead for; longer runs are text, not markup.
    private static let maxTag = 400, maxEntity = 12, maxMath = 60, maxLinkText = 600, maxURL = 800

    static func clean(_ text: Substring) -> String {
        var linksDocument = false
        return clean(text, linksDocument: &linksDocument)
    }

    /// `linksDocument`: set when the text carried a council page's file badge ("pdf icon PDF 73 KB"), now gone.
    static func clean(_ text: Substring, linksDocument: inout Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        // A copy through the contiguous storage is a memcpy; through the view's iterator it went byte by byte.
        let bytes = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        append(bytes[...], to: &out)
        return finish(&out, linksDocument: &linksDocument)
    }

    static func clean(_ text: String) -> String { clean(text[...]) }

    /// Collapses runs of spaces and trims, then makes the String.
    /// Compacts in place: the write position never passes the read position.
    private static func finish(_ out: inout [UInt8], linksDocument: inout Bool) -> String {
        var n = 0
        var pendingSpace = false
        for k in out.indices {
            let b = out[k]
            if b == 0x20 {
                pendingSpace = n > 0
            } else {
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                out[n] = b
                n += 1
            }
        }
        out.removeLast(out.count - n)
        linksDocument = FileLinkResidue.strip(&out)
        return String(decoding: out, as: UTF8.self)
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func append(_ s: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var i = s.startIndex
        let end = s.endIndex
        while i < end {
            // Most bytes are letters, spaces and plain punctuation: copied a run at a time.
            if !special[Int(s[i])] {
                var j = i + 1
                while j < end, !special[Int(s[j])] { j += 1 }
                out.append(contentsOf: s[i..<j])
                i = j
                continue
            }
            let b = s[i]
            switch b {
            case UInt8(ascii: "<"):
                if let next = tag(s, at: i, into: &out) { i = next; continue }
            case UInt8(ascii: "&"):
                if let next = entity(s, at: i, into: &out) { i = next; continue }
            case UInt8(ascii: "*"):
                i += 1; continue  // emphasis marks; a literal star is written \* and handled below
            case UInt8(ascii: "_") where i + 1 < end && s[i + 1] == UInt8(ascii: "_"):
                i += 2; continue  // __bold__
            case UInt8(ascii: "\\"):
                i = backslash(s, at: i, into: &out); continue
            case UInt8(ascii: "$"):
                if let next = math(s, at: i, into: &out) { i = next; continue }
            case UInt8(ascii: "^") where i + 1 < end && s[i + 1] == UInt8(ascii: "{"):
                if let close = s[(i + 2)..<min(end, i + 2 + maxMath)].firstIndex(of: UInt8(ascii: "}")) {
                    append(s[(i + 2)..<close], to: &out)
                    i = close + 1; continue
                }
            case UInt8(ascii: "!") where i + 1 < end && s[i + 1] == UInt8(ascii: "["):
                if let next = link(s, at: i + 1, into: &out, keepText: false) { i = next; continue }
            case UInt8(ascii: "["):
                if let next = link(s, at: i, into: &out, keepText: true) { i = next; continue }
                if let next = referenceMark(s, at: i) { i = next; continue }
            case 0x09:
                out.append(0x20); i += 1; continue
            case 0x00..<0x20, 0x7F:
                i += 1; continue
            case 0x30...0x39:
                i = digits(s, at: i, into: &out); continue
            case 0x80...:
                i = nonASCII(s, at: i, into: &out); continue
            default:
                break
            }
            out.append(b)
            i += 1
        }
    }

    /// The bytes `append` looks at one by one: markup openers, controls, digits (footnotes) and non-ASCII.
    private static let special: [Bool] = (0...255).map { (v: Int) -> Bool in
        v < 0x20 || v >= 0x7F || (0x30...0x39).contains(v) || Array("<&*_\\$^![".utf8).contains(UInt8(v))
    }

    /// `<b>`, `</p>`, `<sup>1</sup>`, `<http://…>`; returns nil when the `<` is a plain less-than sign.
    private static func tag(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int? {
        let end = s.endIndex
        guard i + 1 < end else { return nil }
        let first = s[i + 1]
        guard isLetter(first) || first == UInt8(ascii: "/") || first == UInt8(ascii: "!") else { return nil }
        var j = i + 1
        let limit = min(end, i + maxTag)
        while j < limit, s[j] != UInt8(ascii: ">"), s[j] != UInt8(ascii: "<") { j += 1 }
        guard j < limit, s[j] == UInt8(ascii: ">") else { return nil }
        let inner = s[(i + 1)..<j]
        let name = tagName(inner)
        if name == "http" || name == "https" || name == "mailto" || name == "www" {
            out.append(contentsOf: inner.starts(with: Array("mailto:".utf8)) ? inner.dropFirst(7) : inner)
            return j + 1
        }
        if name == "sup" {
            // <sup>th</sup> is an ordinal suffix to keep; <sup>1</sup> is a footnote marker to drop.
            let close = Array("</sup>".utf8)
            let rest = s[(j + 1)..<min(end, j + 1 + maxMath)]
            if let k = firstIndex(of: close, in: rest) {
                let content = s[(j + 1)..<k]
                if !content.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ",") || $0 == 0x20 }) {
                    append(content, to: &out)
                }
                return k + close.count
            }
        }
        if Residue.spacingTags.contains(name) { out.append(0x20) }
        return j + 1
    }

    private static func tagName(_ inner: ArraySlice<UInt8>) -> String {
        var name: [UInt8] = []
        for b in inner.drop(while: { $0 == UInt8(ascii: "/") }) {
            guard isLetter(b) || isDigit(b) else { break }
            name.append(b | 0x20)
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// `&amp;`, `&#163;`, `&#xA3;`; nil when the `&` is a plain ampersand.
    private static func entity(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int? {
        let limit = min(s.endIndex, i + maxEntity)
        guard let semi = s[(i + 1)..<limit].firstIndex(of: UInt8(ascii: ";")), semi > i + 1 else { return nil }
        let body = s[(i + 1)..<semi]
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            let hex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
            let text = String(decoding: hex ? digits.dropFirst() : digits, as: UTF8.self)
            guard let value = UInt32(text, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return nil }
            append(Array(String(Character(scalar)).utf8)[...], to: &out)
            return semi + 1
        }
        guard let text = Residue.entities[String(decoding: body, as: UTF8.self)] else { return nil }
        out.append(contentsOf: text.utf8)
        return semi + 1
    }

    /// `\_` → `_`, `\\_` → `_` (double-escaped by some converters), `\circ` → dropped LaTeX command.
    private static func backslash(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int {
        var j = i
        while j < s.endIndex, s[j] == UInt8(ascii: "\\") { j += 1 }
        guard j < s.endIndex else { return j }
        let c = s[j]
        if isLetter(c) {
            var k = j
            while k < s.endIndex, isLetter(s[k]) { k += 1 }
            if let glyph = Residue.latexCommands[String(decoding: s[j..<k], as: UTF8.self)] {
                out.append(contentsOf: glyph.utf8)
            }
            return k
        }
        if c < 0x80, !isDigit(c), c != 0x20 {
            out.append(c)
            return j + 1
        }
        return j
    }

    /// `$\circ~$` and other short LaTeX scraps; nil when the `$` is money (`$5`) or has no closing `$`.
    private static func math(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int? {
        let limit = min(s.endIndex, i + maxMath)
        guard let close = s[(i + 1)..<limit].firstIndex(of: UInt8(ascii: "$")) else { return nil }
        let body = s[(i + 1)..<close]
        guard body.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "^") || $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "{") })
        else { return nil }
        var j = body.startIndex
        while j < body.endIndex {
            let c = body[j]
            if c == UInt8(ascii: "\\") {
                j = backslash(body, at: j, into: &out)
            } else if c == UInt8(ascii: "~") {
                out.append(0x20); j += 1
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "}") || c == UInt8(ascii: "^") {
                j += 1
            } else {
                out.append(c); j += 1
            }
        }
        out.append(0x20)
        return close + 1
    }

    /// `[text](url)` → text (or nothing for an image); nil when the brackets are plain text (`[HAF]`).
    private static func link(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8], keepText: Bool) -> Int? {
        let end = s.endIndex
        var depth = 0
        var j = i
        let limit = min(end, i + maxLinkText)
        while j < limit {
            if s[j] == UInt8(ascii: "[") { depth += 1 } else if s[j] == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { break }
            }
            j += 1
        }
        guard j < limit, j + 1 < end, s[j + 1] == UInt8(ascii: "(") else { return nil }
        let urlLimit = min(end, j + 2 + maxURL)
        guard let close = s[(j + 2)..<urlLimit].firstIndex(of: UInt8(ascii: ")")) else { return nil }
        if keepText { append(s[(i + 1)..<j], to: &out) }
        return close + 1
    }

    /// Words opening a note's mark in square brackets: `[Note 1]`, `[fn 2]`.
    private static let noteLeads: [[UInt8]] = [Array("note ".utf8), Array("fn ".utf8)]

    /// `[1]`, `[12]`, `[Note 1]`, `[iv]`: a note's mark, dropped; returns the index after it, nil for other brackets
    /// (`[HAF]`, `[sic]`).
    private static func referenceMark(_ s: ArraySlice<UInt8>, at i: Int) -> Int? {
        let limit = min(s.endIndex, i + 12)
        guard let close = s[(i + 1)..<limit].firstIndex(of: UInt8(ascii: "]")), close > i + 1 else { return nil }
        var inner = s[(i + 1)..<close]
        for lead in noteLeads where inner.count > lead.count && firstIndex(of: lead, in: inner) == inner.startIndex {
            inner = inner.dropFirst(lead.count)
        }
        let numeral = inner.count <= 3 && inner.allSatisfy(isDigit)
        let roman = inner.count <= 4 && inner.allSatisfy { "ivx".utf8.contains($0) }
        return numeral || roman ? close + 1 : nil
    }

    /// Copies a run of digits, dropping it when it is a footnote marker glued to a word (`schools3 `) or to a
    /// closing parenthesis (`Working Together (2015)1 sets out`).
    private static func digits(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int {
        var j = i
        while j < s.endIndex, isDigit(s[j]) { j += 1 }
        let glued = out.count >= 3 && out.suffix(3).allSatisfy(isLowercase) || out.last == UInt8(ascii: ")") && j - i == 1
        let after: UInt8 = j < s.endIndex ? s[j] : 0x20
        let endsWord = after == 0x20 || after == UInt8(ascii: ".") || after == UInt8(ascii: ",")
            || after == UInt8(ascii: ";") || after == UInt8(ascii: ":") || after == UInt8(ascii: ")")
        // "Leeds35.2", "England43.2": a figure glued to a name (a table's columns run together) goes on past the
        // mark; a footnote marker does not.
        let goesOn = (after == UInt8(ascii: ".") || after == UInt8(ascii: ",")) && j + 1 < s.endIndex && isDigit(s[j + 1])
        if glued && j - i <= 2 && endsWord && !goesOn { return j }
        out.append(contentsOf: s[i..<j])
        return j
    }

    /// Odd spaces become spaces, invisible marks and superscript footnote digits vanish, the rest is kept.
    private static func nonASCII(_ s: ArraySlice<UInt8>, at i: Int, into out: inout [UInt8]) -> Int {
        let (scalar, length) = decodeScalar(s, at: i)
        let v = scalar
        // Dashes and curly quotes (U+2010–201F) are most of the non-ASCII in reports and none is residue:
        // kept without the three set lookups below.
        if (0x2010...0x201F).contains(v) {
            out.append(contentsOf: s[i..<(i + length)])
            return i + length
        }
        if Residue.isOddSpace(v) {
            out.append(0x20)
        } else if Residue.invisible.contains(v) || Residue.superscriptDigits.contains(v) || (0x80...0x9F).contains(v) {
            // nothing: C1 controls and invisible marks carry no text
        } else if Residue.bulletScalars.contains(v) && v >= 0xE000 {
            out.append(0x20)  // a private-use bullet inside a line separates items
        } else {
            out.append(contentsOf: s[i..<(i + length)])
        }
        return i + length
    }

    /// The scalar value at `i` of valid UTF-8 and its byte length (the text was validated on reading).
    static func decodeScalar(_ s: ArraySlice<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(s[i])
        func cont(_ k: Int) -> UInt32 { i + k < s.endIndex ? UInt32(s[i + k] & 0x3F) : 0 }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | cont(1), min(2, s.endIndex - i)) }
        if b0 < 0xF0 { return (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), min(3, s.endIndex - i)) }
        return (((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), min(4, s.endIndex - i))
    }

    /// Where `needle` first occurs in `hay`, ASCII letters compared without case.
    static func firstIndex(of needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        var i = hay.startIndex
        while i + needle.count <= hay.endIndex {
            if hay[i] | 0x20 == first | 0x20, zip(hay[i..<(i + needle.count)], needle).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                return i
            }
            i += 1
        }
        return nil
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLowercase(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
}
