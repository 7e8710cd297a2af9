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

    static func furnitureKeys(in lines: [CleanLine]) -> Set<String> {
        var counts: [String: Int] = [:]
        for line in lines where line.cells == nil && line.bullet == nil && line.headingMarks == nil && !line.text.isEmpty {
            let text = line.text
            guard text.utf8.count <= maxLength, !text.hasSuffix(":") else { continue }
            guard TextShape.wordCount(text) >= 3 else { continue }
            counts[TextShape.key(text), default: 0] += 1
        }
        return Set(counts.filter { key, count in
            count >= (key.contains(where: \.isNumber) ? minimumRepeatsWithNumber : minimumRepeats)
        }.keys)
    }

    /// Short lines repeated down the document ("Aim" atop each row group, "Progress:"): labels of a
    /// template, which are never headings of their own.
    static func repeatedLabels(in lines: [CleanLine]) -> Set<String> {
        var counts: [String: Int] = [:]
        for line in lines where line.cells == nil && line.headingMarks == nil && !line.text.isEmpty {
            guard line.text.utf8.count <= maxLength, TextShape.wordCount(line.text, limit: 2) <= 2 else { continue }
            counts[TextShape.key(line.text), default: 0] += 1
        }
        return Set(counts.filter { $0.value >= minimumRepeats }.keys)
    }

    static func isFurniture(_ line: CleanLine, keys: Set<String>) -> Bool {
        guard line.cells == nil, line.bullet == nil, line.headingMarks == nil, line.text.utf8.count <= maxLength else {
            return false
        }
        let key = TextShape.key(line.text)
        return keys.contains(key) || StructureVocabulary.furniturePhrases.contains(key) || isPageNumber(key)
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
