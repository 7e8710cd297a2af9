/// A word, number or mark of clean text with its UTF-8 position: the unit the scanners read.
///
/// "18th August 2021, 2.00 pm" → number 18, word "th", word "August", number 2021, mark ",", number 2, mark ".", …
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, number, mark }

    let kind: Kind
    /// The token's text; words are kept as written (compare with `lower`).
    let text: String
    /// The text in lower case, made once here because every scanner compares it many times.
    let lower: String
    /// UTF-8 offsets of the token in the scanned text.
    let start: Int
    let end: Int
    /// A space (or more) stood before this token.
    let spaced: Bool

    var int: Int? { kind == .number ? Int(text) : nil }
}

extension Collection where Element == Token {
    /// The tokens as text, one space where the source had space: "looked after children (LAC)".
    var rendered: String {
        var s = ""
        for (n, tok) in enumerated() {
            if n > 0, tok.spaced { s += " " }
            s += tok.text
        }
        return s
    }
}

/// Splits clean text into tokens in one pass over its UTF-8 bytes; digits and letters never share a token.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var text = text
        // Contiguous UTF-8 lets the loop read bytes by offset; a bridged or lazy string is copied once here.
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        var out: [Token] = []
        out.reserveCapacity(utf8.count / 4)
        var offset = 0
        let count = utf8.count
        var spaced = true
        return utf8.withContiguousStorageIfAvailable { bytes -> [Token] in
            while offset < count {
                let b = bytes[offset]
                let lead = classes[Int(b)]
                if lead == space {
                    spaced = true
                    offset += 1
                    continue
                }
                let kind: Token.Kind = lead & 3 == digit ? .number : lead & 3 == letter ? .word : .mark
                let start = offset
                var hasUpper = false
                if kind == .mark {
                    // One character: a multi-byte mark (–, £, %) stays whole.
                    let scalarLength = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    offset = min(count, offset + scalarLength)
                } else {
                    let same = lead & 3
                    while offset < count {
                        let c = classes[Int(bytes[offset])]
                        guard c & 3 == same else { break }
                        hasUpper = hasUpper || c & upper != 0
                        offset += 1
                    }
                }
                // Most tokens are 15 bytes or fewer, which Swift keeps inline: no allocation for either form.
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<offset])
                let written = String(decoding: piece, as: UTF8.self)
                let lower = hasUpper ? lowered(written, piece) : written
                out.append(Token(kind: kind, text: written, lower: lower, start: start, end: offset, spaced: spaced))
                spaced = false
            }
            return out
        } ?? []
    }

    /// ASCII letters folded byte by byte; anything else (É, Ł) through the Unicode rules.
    private static func lowered(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return text.lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (n, c) in bytes.enumerated() { buffer[n] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            return bytes.count
        }
    }

    // Each byte's class, read once per byte: a space, a digit, a letter (which may need folding) or a mark.
    private static let space: UInt8 = 0, digit: UInt8 = 1, letter: UInt8 = 2, mark: UInt8 = 3, upper: UInt8 = 4
    private static let classes: [UInt8] = (0...255).map { (v: Int) -> UInt8 in
        let b = UInt8(v)
        if b == 0x20 { return space }
        if isDigit(b) { return digit }
        if isWordByte(b) { return b >= 0x41 && b <= 0x5A || b >= 0x80 ? letter | upper : letter }
        return mark
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// ASCII letters, apostrophes inside words, and any non-ASCII letter byte (é, ’ in names).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == UInt8(ascii: "'") || (b >= 0x80 && !isMarkLead(b))
    }

    /// Lead bytes of the non-ASCII punctuation and symbols reports use (–, —, ‘, ’, “, ”, £, €, •, …, ↑).
    private static func isMarkLead(_ b: UInt8) -> Bool { b == 0xE2 || b == 0xC2 }
}
