/// Reads the number off a heading: "2.2.1 Better provision" → ("2.2.1", "Better provision", level 3);
/// "Section 2. Priority Work Streams" → ("2", …, level 1); "Appendix 3 Attendance at Board Meetings"
/// → ("Appendix 3", …) — back matter keeps its word so it never reads as chapter 3.
struct SectionNumber: Equatable {
    let number: String?
    let title: String
    /// Depth implied by the numbering, or nil when unnumbered.
    let depth: Int?
    let isAppendix: Bool
    /// A numbered item inside a chapter ("Priority 1"): one level below the chapter it stands in.
    var isItem = false

    init(heading block: Block) {
        if let enumerator = block.enumerator {
            self.init(number: enumerator, title: Self.tidy(block.body), depth: enumerator.split(separator: ".").count, isAppendix: false)
            return
        }
        let words = block.text.split(separator: " ", maxSplits: 2)
        if words.count >= 2, let kind = StructureVocabulary.chapterWords[words[0].lowercased()] {
            let raw = words[1].trimmingCharacters(in: ".:–-)")
            let (numbered, _) = Enumerator.split(String(raw) + ". X")
            let isNumber = numbered != nil || (raw.count <= 2 && raw.allSatisfy { $0.isLetter && $0.isUppercase })
                || NumberWords.values[raw.lowercased()] != nil
            // "Section 2. Priority Work Streams" numbers a chapter; "Section 47 Enquiries" cites the Children Act.
            let punctuated = words[1].last.map { ".:–-)".contains($0) } ?? false
                || (words.count > 2 && ["–", "-", ":"].contains(words[2].prefix(1)))
            if isNumber, kind != .chapter || punctuated || words.count == 2 {
                let title = Self.tidy(words.count > 2 ? String(words[2]) : "")
                switch kind {
                case .chapter:
                    self.init(number: String(raw), title: title, depth: raw.split(separator: ".").count, isAppendix: false)
                case .appendix:
                    self.init(number: "\(words[0]) \(raw)", title: title, depth: 1, isAppendix: true)
                case .item:
                    self.init(number: "\(words[0]) \(raw)", title: title, depth: nil, isAppendix: false)
                    isItem = true
                }
                return
            }
        }
        self.init(number: nil, title: Self.tidy(block.text), depth: nil, isAppendix: false)
    }

    private init(number: String?, title: String, depth: Int?, isAppendix: Bool) {
        self.number = number
        self.title = title
        self.depth = depth
        self.isAppendix = isAppendix
    }

    /// Drops separators and leaders left around a title: "– Introduction:" → "Introduction".
    private static func tidy(_ s: String) -> String {
        var t = s.trimmingCharacters(in: " .:–-|")
        if let leader = t.firstByteRange(of: "....") { t = t[..<leader.lowerBound].trimmingCharacters(in: " .") }
        return String(t)
    }
}
