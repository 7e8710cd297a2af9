/// The words a metric quotes as its context: its sentence or table row, cut to a window around the figure when
/// longer than a reader takes in (a 1 MB run-on "sentence" or a row of 5,000 cells would otherwise be quoted
/// whole by every figure in it).
///
/// `Excerpt.around(offset: 2_000, in: longSentence)` → "… 55 children were subject to a plan …".
enum Excerpt {
    /// Longest text quoted whole, in UTF-8 bytes; a longer one is cut to about this much around the figure.
    static let limit = 1_000

    static func around(offset: Int, in text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        let half = limit / 2
        var start = max(0, min(offset, utf8.count) - half)
        var end = min(utf8.count, start + limit)
        start = max(0, end - limit)
        // Cut at spaces, and never inside a character.
        start = boundary(utf8, from: start, forward: true, floor: start, ceiling: min(utf8.count, start + 40))
        end = boundary(utf8, from: end, forward: false, floor: max(start, end - 40), ceiling: end)
        let body = String(text.utf8Slice(start, end)).trimmingCharacters(in: " ")
        return (start > 0 ? "… " : "") + body + (end < utf8.count ? " …" : "")
    }

    /// The nearest space from `from` within `floor…ceiling` in the given direction, else the nearest scalar start.
    private static func boundary(_ utf8: String.UTF8View, from: Int, forward: Bool, floor: Int, ceiling: Int) -> Int {
        let bytes = Array(utf8[utf8.index(utf8.startIndex, offsetBy: floor)..<utf8.index(utf8.startIndex, offsetBy: ceiling)])
        let local = from - floor
        let order = forward ? Array(local..<bytes.count) : Array((0..<min(local, bytes.count)).reversed())
        if let space = order.first(where: { bytes[$0] == 0x20 }) { return floor + space + (forward ? 1 : 0) }
        // No space nearby: step to the start of a scalar (a byte that is not 10xxxxxx).
        var k = from
        while k > floor, k < floor + bytes.count, bytes[k - floor] & 0xC0 == 0x80 { k += forward ? 1 : -1 }
        return k
    }
}
