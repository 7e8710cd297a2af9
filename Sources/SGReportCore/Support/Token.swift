/// A word, number or mark of clean text with its UTF-8 position: the unit the scanners read.
///
/// "18th August 2021, 2.00 pm" → number 18, word "th", word "August", number 2021, mark ",", number 2, mark ".", …
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, number, mark }

    let kind: Kind
    /// The token's text; words are kept as written (compare with `lower`).
    let text: Substring
    /// UTF-8 offsets of the token in the scanned text.
    let start: Int
    let end: Int
    /// A space (or more) stood before this token.
    let spaced: Bool

    var lower: String { text.lowercased() }
    var int: Int? { kind == .number ? Int(text) : nil }
}

/// Splits clean text into tokens in one pass; digits and letters never share a token.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        let utf8 = text.utf8
        var i = utf8.startIndex
        var offset = 0
        var spaced = true
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x20 {
                spaced = true
                i = utf8.index(after: i)
                offset += 1
                continue
            }
            let kind: Token.Kind = isDigit(b) ? .number : isWordByte(b) ? .word : .mark
            let start = i, startOffset = offset
            if kind == .mark {
                // One character: a multi-byte mark (–, £, %) stays whole.
                let scalarLength = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                for _ in 0..<scalarLength where i < utf8.endIndex { i = utf8.index(after: i); offset += 1 }
            } else {
                while i < utf8.endIndex {
                    let c = utf8[i]
                    let same = kind == .number ? isDigit(c) : isWordByte(c) && !isDigit(c)
                    guard same else { break }
                    i = utf8.index(after: i)
                    offset += 1
                }
            }
            out.append(Token(kind: kind, text: text[start..<i], start: startOffset, end: offset, spaced: spaced))
            spaced = false
        }
        return out
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// ASCII letters, apostrophes inside words, and any non-ASCII letter byte (é, ’ in names).
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == UInt8(ascii: "'") || (b >= 0x80 && !isMarkLead(b))
    }

    /// Lead bytes of the non-ASCII punctuation and symbols reports use (–, —, ‘, ’, “, ”, £, €, •, …, ↑).
    private static func isMarkLead(_ b: UInt8) -> Bool { b == 0xE2 || b == 0xC2 }
}
