/// Recognises a table of contents: its title, its entries (dotted leaders, trailing page numbers,
/// `Page 12` cells, or a plain list under "Contents"), and where the body starts again.
///
/// The entries' titles are kept: a later line with the same words is a real heading.
struct ContentsDetector {
    private(set) var inContents = false
    /// The entries' keys, looked up whole and by their leading words: a long agenda pack lists hundreds of items,
    /// and every heading candidate of the body is checked against them.
    private(set) var entryKeys: Set<String> = []

    /// Is `line` the title that opens a contents list ("Contents", "<u>Contents</u>", "# Contents")?
    /// `key` is the line's `TextShape.key` when it is short, nil when it was not made (a long line).
    static func isContentsTitle(_ line: CleanLine, key: String?) -> Bool {
        if let key { return StructureVocabulary.contentsTitles.contains(key) }
        // A long line is a title only if nearly all of it is leaders ("Contents ……"): key it only then. Its key
        // holds at least its ASCII letters and digits, so past 17 of them it is no title.
        let longestTitle = 17  // "table of contents"
        var letters = 0
        for b in line.text.utf8 where (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) {
            letters += 1
            if letters > longestTitle { return false }
        }
        return StructureVocabulary.contentsTitles.contains(TextShape.key(line.text))
    }

    /// A line that only a contents list has: "Executive Summary ..... 4", "Budget\tPage 40".
    static func hasPageReference(_ line: CleanLine) -> Bool {
        let text = line.text
        if line.cells == nil, text.utf8.count <= maxEntryLength, hasLeader(text) {
            return text.last?.isNumber == true || text.hasSuffix(".") || text.hasSuffix("…")
        }
        // "1 Independent Chair's Introduction ........ 3 2 The role and purpose … ........ 6 3 …": a contents page
        // the converter ran into one line, however long.
        if line.cells == nil, text.utf8.count > maxEntryLength, hasLeader(text), leaderEntries(in: text, atLeast: 2) { return true }
        // A page cell is a number of up to three digits, perhaps after "page" ("Page 12"): cleaned cells are
        // single-spaced, so anything over 16 bytes is some other cell and need not be lowercased.
        if let cells = line.cells, let cell = cells.last(where: { !$0.isEmpty })?.text, cell.utf8.count <= 16 {
            // "Section 4. Formal Summary Statement of the arrangements … in Worcestershire..... ⇥ 26": a title with
            // its leader in one cell and the page in the next, however long the title.
            if cells.count >= 2, let title = cells.first(where: { !$0.isEmpty })?.text, hasLeader(title),
                (1...3).contains(cell.utf8.count), cell.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            {
                return true
            }
            let last = cell.lowercased()
            let stripped = last.hasPrefix("page") ? last.dropFirst(4).trimmingCharacters(in: " ") : last[...]
            return stripped.count <= 3 && !stripped.isEmpty && stripped.allSatisfy(\.isNumber)
                && (last.hasPrefix("page") || cells.contains { $0.text.lowercased() == "page" })
        }
        return false
    }

    /// Contents entries are short; a longer line is body text.
    static let maxEntryLength = 300

    /// Dotted leaders: "....", ". . ." or an ellipsis, found in one byte scan.
    private static func hasLeader(_ text: String) -> Bool {
        var dots = 0
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == UInt8(ascii: ".") {
                dots += 1
                if dots >= 4 { return true }
            } else if !(b == 0x20 && previous == UInt8(ascii: ".")) {
                dots = 0
            }
            if b == 0xA6 && previous == 0x80 { return true }  // U+2026 … ends E2 80 A6
            previous = b
        }
        return false
    }

    /// Whether `text` has at least `count` dotted leaders each followed by a page number of up to three digits.
    private static func leaderEntries(in text: String, atLeast count: Int) -> Bool {
        let bytes = Array(text.utf8)
        var found = 0
        var k = 0
        while k < bytes.count {
            guard bytes[k] == UInt8(ascii: ".") else { k += 1; continue }
            var dots = 0
            while k < bytes.count, bytes[k] == UInt8(ascii: ".") || bytes[k] == 0x20 && dots > 0 && k + 1 < bytes.count && bytes[k + 1] == UInt8(ascii: ".") {
                if bytes[k] == UInt8(ascii: ".") { dots += 1 }
                k += 1
            }
            while k < bytes.count, bytes[k] == 0x20 { k += 1 }
            var digits = 0
            while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39 { digits += 1; k += 1 }
            if dots >= 4, (1...3).contains(digits) {
                found += 1
                if found >= count { return true }
            }
        }
        return false
    }

    mutating func open() {
        inContents = true
    }

    /// Decides whether `line` belongs to the open contents list; closes it when the body starts.
    mutating func consume(_ line: CleanLine) -> Bool {
        guard inContents else { return false }
        guard line.text.utf8.count <= Self.maxEntryLength || Self.hasPageReference(line) else {
            inContents = false
            return false
        }
        let key = Self.entryKey(line)
        if Self.hasPageReference(line) {
            if !key.isEmpty { entryKeys.insert(key) }
            return true
        }
        let words = TextShape.words(line.text).count
        let repeatsAnEntry = !key.isEmpty
            && (entryKeys.contains(key) || Self.leadingWords(of: key).contains { entryKeys.contains(String($0)) })
        let bodyStarts = repeatsAnEntry || words > 16 || (line.headingMarks != nil && !entryKeys.isEmpty)
        if bodyStarts {
            inContents = false
            return false
        }
        if !key.isEmpty { entryKeys.insert(key) }
        return true
    }

    /// True when `line`'s words are those of a contents entry: the line is a heading of the body.
    func isListed(_ line: CleanLine) -> Bool {
        guard !entryKeys.isEmpty, line.text.utf8.count <= Self.maxEntryLength else { return false }
        let key = Self.entryKey(line)
        guard !key.isEmpty else { return false }
        if entryKeys.contains(key) { return true }
        // An entry of one word is too weak to name a longer heading ("Introduction" vs "Introduction of …").
        return Self.leadingWords(of: key).dropFirst().contains { entryKeys.contains(String($0)) }
    }

    /// "a b c" → "a", "a b": each run of whole leading words shorter than the key.
    private static func leadingWords(of key: String) -> [Substring] {
        var prefixes: [Substring] = []
        let utf8 = key.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == 0x20 { prefixes.append(key[key.startIndex..<index]) }
            index = utf8.index(after: index)
        }
        return prefixes
    }

    /// The words of an entry without numbering, leaders and page references.
    static func entryKey(_ line: CleanLine) -> String {
        var text: String
        if let cells = line.cells {
            text = cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
        } else {
            text = line.body
        }
        text = String(Enumerator.split(text).body)
        var words = TextShape.words(TextShape.key(text))
        while let last = words.last, last.allSatisfy(\.isNumber) || last == "page" { words.removeLast() }
        if let first = words.first, StructureVocabulary.chapterWords[String(first)] != nil, words.count > 1,
            words[1].allSatisfy(\.isNumber) {
            words.removeFirst(2)
        }
        while let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
