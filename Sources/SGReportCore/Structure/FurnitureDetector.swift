/// Finds page furniture: running headers and footers repeated across pages, bare page numbers, and
/// "This page is intentionally left blank".
///
/// A running header is a line of three or more words repeated at least five times, that is not a
/// label ("Progress:") nor a table row; "Safeguarding and Family Support Improvement Plan 2019-2020"
/// printed atop thirty pages of an agenda pack is one.
enum FurnitureDetector {
    static let minimumRepeats = 5
    /// Longer lines are prose, never headers; checking this first keeps the detector cheap.
    static let maxLength = 120
    /// A repeated line with a number in it ("WSCB Annual Report 2016/17") is a header sooner than a
    /// repeated plain one ("Purpose of the Meeting" opens every report in an agenda pack).
    static let minimumRepeatsWithNumber = 3

    /// Each line's `TextShape.key`, made once for the questions the block parser asks of a line; nil for blank
    /// and long lines.
    static func keys(of lines: [CleanLine]) -> [String?] {
        lines.map { line in !line.text.isEmpty && line.text.utf8.count <= maxLength ? TextShape.key(line.text) : nil }
    }

    static func furnitureKeys(in lines: [CleanLine], keys: [String?]) -> Set<String> {
        var counts: [String: Int] = [:]
        for (line, key) in zip(lines, keys) where line.cells == nil && line.bullet == nil && line.headingMarks == nil {
            guard let key, !line.text.hasSuffix(":"), TextShape.wordCount(line.text) >= 3 else { continue }
            counts[pageless(key), default: 0] += 1
        }
        return Set(counts.filter { key, count in
            count >= (key.contains(where: \.isNumber) ? minimumRepeatsWithNumber : minimumRepeats)
        }.keys)
    }

    /// Short lines repeated down the document ("Aim" atop each row group, "Progress:"): labels of a
    /// template, which are never headings of their own.
    static func repeatedLabels(in lines: [CleanLine], keys: [String?]) -> Set<String> {
        var counts: [String: Int] = [:]
        for (line, key) in zip(lines, keys) where line.cells == nil && line.headingMarks == nil {
            guard let key, TextShape.wordCount(line.text, limit: 2) <= 2 else { continue }
            counts[key, default: 0] += 1
        }
        return Set(counts.filter { $0.value >= minimumRepeats }.keys)
    }

    /// `key` is the line's own, from `keys(of:)`; `keys` the document's furniture.
    static func isFurniture(_ line: CleanLine, key: String?, keys: Set<String>) -> Bool {
        guard let key, line.cells == nil, line.bullet == nil, line.headingMarks == nil else { return false }
        return keys.contains(pageless(key)) || StructureVocabulary.furniturePhrases.contains(key) || isPageNumber(key)
            || isSiteCounter(key)
    }

    /// "1 views", "0 download", "view 3 times", "downloads 12": a sharing site's counter beside the document.
    static func isSiteCounter(_ key: String) -> Bool {
        guard key.utf8.count <= 24 else { return false }
        var words = key.split(separator: " ")
        if words.count == 3, words[2] == "times" { words.removeLast() }
        guard words.count == 2 else { return false }
        let number = words.firstIndex { $0.allSatisfy(\.isNumber) }
        return number.map { StructureVocabulary.siteCounterWords.contains(String(words[1 - $0])) } ?? false
    }

    /// The key without the page number a running header or footer carries at either end: "12 anytown safeguarding
    /// children partnership annual report 2021-22" and "… 2021-22 13" are one header.
    static func pageless(_ key: String) -> String {
        let utf8 = key.utf8
        // Most lines start and end with a letter: no split.
        guard let first = utf8.first, let last = utf8.last, InlineCleaner.isDigit(first) || InlineCleaner.isDigit(last) else { return key }
        var words = key.split(separator: " ")
        // A title of four words or more is left: "4.3 data sharing", a numbered heading, keeps its number.
        func pageNumber(_ w: Substring) -> Bool { w.count <= 3 && w.allSatisfy(\.isNumber) }
        if words.count > 4, pageNumber(words[0]), !pageNumber(words[1]) { words.removeFirst() }
        if words.count > 4, pageNumber(words[words.count - 1]) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// "12", "Page 12", "Page 3 of 40", "- 12 -".
    static func isPageNumber(_ key: String) -> Bool {
        // The longest form is "page 123 of 456": anything longer is not a page number, without splitting it.
        guard key.utf8.count <= 15 else { return false }
        var words = key.split(separator: " ")
        if words.first == "page" { words.removeFirst() }
        if words.count == 3, words[1] == "of" { words = [words[0], words[2]] }
        guard !words.isEmpty, words.count <= 2 else { return false }
        return words.allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isNumber) } && (words.count == 1 || key.hasPrefix("page"))
    }
}
