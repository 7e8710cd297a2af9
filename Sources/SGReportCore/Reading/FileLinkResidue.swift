/// The file-type badge council web pages print after a document link, which survives copying the page as text:
/// "Evacuation Procedure pdf icon PDF 9 KB" → "Evacuation Procedure".
///
/// modern.gov pages (the committee system most English councils publish with) write `<type> icon <TYPE> <size> KB`.
enum FileLinkResidue {
    /// File types the badge names, lower case.
    static let types: Set<[UInt8]> = Set(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "odt", "rtf", "txt", "htm", "html"]
        .map { Array($0.utf8) })

    private static let needle = Array(" icon ".utf8)

    /// Removes every badge from `line` (single spaces, no leading or trailing space, as `InlineCleaner` leaves it);
    /// true when there was one: the line names a linked document.
    @discardableResult
    static func strip(_ line: inout [UInt8]) -> Bool {
        var stripped = false
        var searchFrom = 0
        while searchFrom < line.count, let icon = InlineCleaner.firstIndex(of: needle, in: line[searchFrom...]) {
            searchFrom = icon + 1
            guard let range = badge(around: icon, in: line) else { continue }
            var lower = range.lowerBound, upper = range.upperBound
            // Drop one of the spaces around the badge, so words keep a single space between them.
            if lower > 0 { lower -= 1 } else if upper < line.count { upper += 1 }
            line.removeSubrange(lower..<upper)
            searchFrom = lower
            stripped = true
        }
        return stripped
    }

    /// The badge whose " icon " starts at `icon`: the type word before it, then `PDF 9 KB`.
    private static func badge(around icon: Int, in s: [UInt8]) -> Range<Int>? {
        var start = icon
        while start > 0, InlineCleaner.isLetter(s[start - 1]), icon - start < 5 { start -= 1 }
        guard start < icon, start == 0 || s[start - 1] == 0x20, types.contains(s[start..<icon].map { $0 | 0x20 }) else { return nil }
        var k = icon + 6
        let typeStart = k
        while k < s.count, InlineCleaner.isLetter(s[k]), k - typeStart < 5 { k += 1 }
        guard k > typeStart, k < s.count, s[k] == 0x20 else { return nil }
        k += 1
        let sizeStart = k
        while k < s.count, InlineCleaner.isDigit(s[k]) || s[k] == UInt8(ascii: "."), k - sizeStart < 8 { k += 1 }
        guard k > sizeStart, k + 2 < s.count, s[k] == 0x20 else { return nil }
        let unit = (s[k + 1] | 0x20, s[k + 2] | 0x20)
        guard unit == (UInt8(ascii: "k"), UInt8(ascii: "b")) || unit == (UInt8(ascii: "m"), UInt8(ascii: "b")) else { return nil }
        let end = k + 3
        guard end == s.count || s[end] == 0x20 else { return nil }
        return start..<end
    }
}
