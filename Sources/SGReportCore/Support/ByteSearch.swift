/// Tests on text made on its UTF-8 bytes: a byte, and lower-case ASCII cue words ignoring case.
///
/// `"Our PRIORITIES for 2020".containsFolded("priorit")` is true. Lowercasing a whole paragraph to test one cue
/// made a new String each time; these compare bytes in place (ASCII letters folded, other bytes exact).
extension StringProtocol {
    /// Whether `needle` (lower-case) occurs anywhere in the text, ignoring ASCII case.
    func containsFolded(_ needle: String) -> Bool {
        // Cue words are literals, which are contiguous: no copy of the needle per call (this runs on every block).
        var needle = needle
        needle.makeContiguousUTF8()
        return needle.utf8.withContiguousStorageIfAvailable { n in
            guard !n.isEmpty else { return true }
            guard utf8.count >= n.count else { return false }
            return utf8.withContiguousStorageIfAvailable { h in Self.find(n, in: h) } ?? Self.find(n, in: Array(utf8))
        } ?? false
    }

    /// Whether the text holds `byte` (a tab, "<"): a scan of contiguous bytes, not of a UTF-8 view's iterator.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// Whether the text starts with `prefix` (lower-case), ignoring ASCII case.
    func hasPrefixFolded(_ prefix: String) -> Bool {
        var mine = utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let b = mine.next(), CaseFolding.fold(b) == expected else { return false }
        }
        return true
    }

    /// Whether the text ends with `suffix` (lower-case), ignoring ASCII case.
    func hasSuffixFolded(_ suffix: String) -> Bool {
        let mine = utf8, theirs = suffix.utf8
        guard mine.count >= theirs.count else { return false }
        return zip(mine.dropFirst(mine.count - theirs.count), theirs).allSatisfy { CaseFolding.fold($0) == $1 }
    }

    private static func find<C: RandomAccessCollection>(_ n: UnsafeBufferPointer<UInt8>, in h: C) -> Bool
    where C.Element == UInt8, C.Index == Int {
        let first = n[0]
        // A letter matches in either case by setting the 0x20 bit, which is one compare per byte of the text.
        let letter = first >= 0x61 && first <= 0x7A
        let last = h.endIndex - n.count
        var i = h.startIndex
        while i <= last {
            let b = h[i]
            if letter ? b | 0x20 == first : b == first {
                var k = 1
                while k < n.count, CaseFolding.fold(h[i + k]) == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The first place `needle` occurs, matched byte for byte: `"Foreword .... 3".firstByteRange(of: "....")`.
    /// (The generic `firstRange(of:)` and `contains(_:)` of a String cost tens of thousands of instructions a call.)
    func firstByteRange(of needle: String) -> Range<Index>? {
        let n = Array(needle.utf8)
        let utf8 = self.utf8
        guard let first = n.first else { return utf8.startIndex..<utf8.startIndex }
        var i = utf8.startIndex
        while let at = utf8[i...].firstIndex(of: first) {
            if utf8[at...].starts(with: n) { return at..<utf8.index(at, offsetBy: n.count) }
            i = utf8.index(after: at)
        }
        return nil
    }

    /// The last place `needle` occurs, matched byte for byte: `"Panel - 6 May - POSTPONED".lastByteRange(of: " - ")`.
    func lastByteRange(of needle: String) -> Range<Index>? {
        var found: Range<Index>?
        var rest = self[...]
        while let r = rest.firstByteRange(of: needle), !r.isEmpty {
            found = r
            rest = self[r.upperBound...]
        }
        return found
    }

    /// The first spaced dash that sets a name off from what follows it ("Child Exploitation - To reduce …",
    /// "Children's Scrutiny Panel – Wednesday …", "Present - Councillors …"), trying hyphen, en and em dash in turn.
    func firstSpacedDash() -> Range<Index>? {
        // One scan per dash for its own rare lead byte ('-' or E2), not for every space.
        dashBytes.lazy.compactMap { firstSpaced($0) }.first
    }

    /// The first `dash` with a space either side, the spaces included in the range.
    private func firstSpaced(_ dash: [UInt8]) -> Range<Index>? {
        let u = utf8
        var previous: Index?
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == dash[0], let p = previous, u[p] == 0x20, u[i...].starts(with: dash),
                let after = u.index(i, offsetBy: dash.count, limitedBy: u.endIndex), after < u.endIndex, u[after] == 0x20
            {
                return p..<u.index(after: after)
            }
            previous = i
            i = u.index(after: i)
        }
        return nil
    }

    /// The last spaced dash of any kind: "… 6.00 pm - POSTPONED".
    func lastSpacedDash() -> Range<Index>? {
        spacedDashes.compactMap { lastByteRange(of: $0) }.max { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `needle` occurs in the text, byte for byte.
    func containsBytes(_ needle: String) -> Bool { firstByteRange(of: needle) != nil }

    /// The pieces between occurrences of `separator`, matched byte for byte, empty pieces left out:
    /// `"<p>a</p> <p>b</p>".splitting(by: "</p>")` → `["<p>a", " <p>b"]`. (The generic `split(separator:)` with a
    /// String separator cost over 200,000 instructions a table cell.)
    func splitting(by separator: String) -> [Substring] {
        let sep = Array(separator.utf8)
        let text = self[...]
        let utf8 = text.utf8
        guard !sep.isEmpty else { return text.isEmpty ? [] : [text] }
        var pieces: [Substring] = []
        var pieceStart = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == sep[0], utf8[i...].starts(with: sep) {
                if pieceStart < i { pieces.append(Substring(utf8[pieceStart..<i])) }
                i = utf8.index(i, offsetBy: sep.count)
                pieceStart = i
            } else {
                i = utf8.index(after: i)
            }
        }
        if pieceStart < utf8.endIndex { pieces.append(Substring(utf8[pieceStart...])) }
        return pieces
    }
}

/// The dashes converters leave between a name and what follows, spaced: hyphen, en dash, em dash.
private let spacedDashes = [" - ", " – ", " — "]
/// The dashes of `spacedDashes` without their spaces, as bytes, in the same order.
private let dashBytes: [[UInt8]] = [Array("-".utf8), Array("–".utf8), Array("—".utf8)]

enum CaseFolding {
    /// An ASCII capital to its lower-case letter; every other byte as it is.
    @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
