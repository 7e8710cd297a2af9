/// A key written beside an attendance grid, saying what its marks mean: "Key: A = apologies, D = deputy attended,
/// ✓ = attended", "X = did not attend; N/A = not a member", "A – Apologies, D – Deputy" (with dashes or colons
/// two entries at least). Its meanings override `AttendanceMarks.defaults` ("A = attended" makes A present).
struct AttendanceLegend: Sendable, Equatable {
    /// Mark keys (`AttendanceMarks.key`) and what the legend says they mean.
    private(set) var marks: [String: AttendanceMark] = [:]
    /// False when the legend says a deputy's attendance does not count ("D = deputy (not counted)").
    private(set) var deputyCounts = true

    init() {}

    /// Reads a line as a legend; nil when it has no entry whose meaning is an attendance mark.
    init?(_ text: String) {
        guard text.contains(where: { $0 == "=" || $0 == ":" || $0 == "-" || $0 == "–" || $0 == "—" }),
            TextShape.wordCount(text, limit: 40) <= 40
        else { return nil }
        var spaced = ""
        for c in text {
            switch c {
            case "=", ":": spaced += " \(c) "
            case ",", ";": spaced += " ; "
            default: spaced.append(c)
            }
        }
        var words = TextShape.words(spaced).map(String.init)
        let keyed = words.count >= 2 && ["key", "legend"].contains(words[0].lowercased()) && words[1] == ":"
        if keyed { words.removeFirst(2) }
        let equals = words.contains("=")
        let separators: Set<String> = equals ? ["="] : [":", "-", "–", "—"]
        var entries = 0
        for k in words.indices where separators.contains(words[k]) {
            guard k >= 1, words[k - 1] != ";", !separators.contains(words[k - 1]) else { continue }
            let mark = AttendanceMarks.key(words[k - 1])
            guard mark.count <= 5 || AttendanceMarks.defaults[mark] != nil else { continue }
            var end = k + 1
            while end < words.count, words[end] != ";", !(end + 1 < words.count && separators.contains(words[end + 1])) { end += 1 }
            let meaning = words[(k + 1)..<end].joined(separator: " ").lowercased()
            guard let kind = AttendanceMarks.legendMeanings.first(where: { meaning.contains($0.phrase) })?.mark else { continue }
            marks[mark] = kind
            if kind == .deputy, AttendanceMarks.notCountedPhrases.contains(where: meaning.contains) { deputyCounts = false }
            entries += 1
        }
        guard entries >= (equals || keyed ? 1 : 2) else { return nil }
    }

    var isEmpty: Bool { marks.isEmpty }

    /// What a mark means: the legend's word first, then the defaults; nil when the text is no mark.
    func mark(_ key: String) -> AttendanceMark? {
        marks[key] ?? AttendanceMarks.defaults[key]
    }

    /// The legend gives a glyph (✓, ✗) a meaning: the grid is written with glyphs.
    var namesGlyph: Bool { marks.keys.contains(where: AttendanceMarks.glyphs.contains) }

    /// Says a mark means attended.
    var namesPresent: Bool { marks.values.contains(.present) }

    /// A later legend adds to an earlier one; where both speak, the first read wins (the grid reads those above
    /// it nearest first, then those inside it, then those below).
    mutating func add(_ other: AttendanceLegend) {
        marks.merge(other.marks) { mine, _ in mine }
        deputyCounts = deputyCounts && other.deputyCounts
    }
}
