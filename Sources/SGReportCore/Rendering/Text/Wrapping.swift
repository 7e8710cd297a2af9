/// Word-wrapping for prose under a listing: `Wrapping.bullet("Audit of …", indent: 4, width: 80)` →
/// `    - Audit of …` with continuation lines under the text, not the dash.
enum Wrapping {
    static func bullet(_ text: String, indent: Int, width: Int) -> [StyledLine] {
        let lead = String(repeating: " ", count: indent)
        let words = StyledLine.oneLine(TerminalSanitiser.sanitised(text)).split(separator: " ")
        // Never narrower than 20 columns, so a tiny width cannot produce a word per line.
        let room = max(20, width - indent - 2)
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(String(word)) <= room {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.enumerated().map { i, l in StyledLine(lead + (i == 0 ? "- " : "  ") + l) }
    }
}
