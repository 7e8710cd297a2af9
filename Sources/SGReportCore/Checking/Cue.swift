/// A phrase a rule looks for, in lower case: `"rapid review"` matches "Rapid Reviews" (a whole word, plural
/// allowed); a final `*` makes it a stem, so `"evaluat*"` matches "evaluated" and "evaluation".
///
/// Matches start at a word boundary. Apostrophes are left out of cues ("childrens" is not needed: cues avoid
/// possessives), so byte offsets in the lowered text stay those of the block's text.
struct Cue: Sendable, Hashable, ExpressibleByStringLiteral {
    let bytes: [UInt8]
    let stem: Bool

    init(_ phrase: String) {
        let lowered = CueScan.lowered(Array(phrase.utf8))
        if lowered.last == UInt8(ascii: "*") {
            bytes = Array(lowered.dropLast())
            stem = true
        } else {
            bytes = lowered
            stem = false
        }
    }

    init(stringLiteral value: String) { self.init(value) }

    /// Whether the cue stands at `start` of `text` (already lowered).
    func matches(_ text: [UInt8], at start: Int) -> Bool {
        let end = start + bytes.count
        guard !bytes.isEmpty, end <= text.count else { return false }
        // Boundaries matter only where the cue itself starts or ends with a letter or digit ("%" can follow "24").
        if start > 0, CueScan.isWordByte(bytes[0]), CueScan.isWordByte(text[start - 1]) { return false }
        var i = 0
        while i < bytes.count {
            guard text[start + i] == bytes[i] else { return false }
            i += 1
        }
        if stem || end == text.count || !CueScan.isWordByte(text[end]) || !CueScan.isWordByte(bytes[bytes.count - 1]) {
            return true
        }
        // A plural: "reviews", "ccgs".
        return text[end] == UInt8(ascii: "s") && (end + 1 == text.count || !CueScan.isWordByte(text[end + 1]))
    }
}

/// Cues grouped by first byte, so a text is scanned once for all of them.
struct CueSet: Sendable, ExpressibleByArrayLiteral {
    let cues: [Cue]
    private let buckets: [UInt8: [Int]]

    init(_ cues: [Cue]) {
        self.cues = cues
        var buckets: [UInt8: [Int]] = [:]
        for (i, cue) in cues.enumerated() {
            guard let first = cue.bytes.first else { continue }
            buckets[first, default: []].append(i)
        }
        self.buckets = buckets
    }

    init(phrases: [String]) { self.init(phrases.map { Cue($0) }) }

    init(arrayLiteral elements: Cue...) { self.init(elements) }

    static func + (a: CueSet, b: CueSet) -> CueSet { CueSet(a.cues + b.cues) }

    /// The first match in `text`: its UTF-8 offset and which cue.
    func firstMatch(in text: [UInt8]) -> (offset: Int, cue: Int)? {
        guard !buckets.isEmpty else { return nil }
        var start = 0
        while start < text.count {
            if let candidates = buckets[text[start]] {
                for c in candidates where cues[c].matches(text, at: start) { return (start, c) }
            }
            start += 1
        }
        return nil
    }

    /// The indices of every cue that occurs in `text`.
    func matchedCues(in text: [UInt8]) -> Set<Int> {
        var found: Set<Int> = []
        guard !buckets.isEmpty else { return found }
        var start = 0
        while start < text.count {
            if let candidates = buckets[text[start]] {
                for c in candidates where cues[c].matches(text, at: start) { found.insert(c) }
            }
            start += 1
        }
        return found
    }

    func occurs(in text: [UInt8]) -> Bool { firstMatch(in: text) != nil }
}

/// Byte-level helpers for cue scanning.
enum CueScan {
    /// ASCII letters lowered; everything else (digits, punctuation, UTF-8 sequences) kept, so offsets are unchanged.
    static func lowered(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    static func lowered(_ text: String) -> [UInt8] { lowered(Array(text.utf8)) }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
}
