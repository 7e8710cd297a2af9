/// Reads the converter markup at the start of a line (heading marks, bullets, numbering, table
/// separators) into cues, and cleans the rest of its text with `InlineCleaner`.
enum LineNormaliser {
    static func normalise(_ line: SourceLine) -> CleanLine {
        let raw = trimTrailing(line.text[...])
        if let cells = cells(of: raw) {
            return CleanLine(
                number: line.number, text: cells.map(\.text).filter { !$0.isEmpty }.joined(separator: " "),
                headingMarks: nil, bullet: nil, enumerator: nil, listNumbering: false, body: "", emphasised: false, indent: 0,
                cells: cells, linksDocument: false)
        }
        var rest = raw
        let indent = leadingIndent(&rest)
        let marks = headingMarks(&rest)
        let markers = listMarkers(&rest)
        let emphasised = isEmphasised(rest)
        var linksDocument = false
        var text = InlineCleaner.clean(rest, linksDocument: &linksDocument)
        if isPunctuationOnly(text) { text = "" }
        let (enumerator, body, parenthesised) = Enumerator.read(text)
        let bullet: Int? = markers > 0 ? markers - 1 + depth(forIndent: indent) : nil
        return CleanLine(
            number: line.number, text: text, headingMarks: marks, bullet: bullet, enumerator: enumerator,
            listNumbering: parenthesised, body: body, emphasised: emphasised, indent: indent, cells: nil,
            linksDocument: linksDocument)
    }

    /// Converters nest lists with 1–4 spaces per level.
    private static func depth(forIndent indent: Int) -> Int { indent == 0 ? 0 : 1 + (indent - 1) / 4 }

    /// Drops trailing spaces and tabs by UTF-8 index in one backward scan (a Character-wise
    /// `dropLast` loop was quadratic on a line of 300,000 tabs), then any Unicode space.
    private static func trimTrailing(_ s: Substring) -> Substring {
        let utf8 = s.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x20 || utf8[before] == 0x09 else { break }
            end = before
        }
        var trimmed = s[s.startIndex..<end]
        while let last = trimmed.unicodeScalars.last, last.value >= 0x80, last.properties.isWhitespace {
            trimmed = trimmed[..<trimmed.unicodeScalars.index(before: trimmed.endIndex)]
        }
        return trimmed
    }

    private static func leadingIndent(_ s: inout Substring) -> Int {
        var n = 0
        while let c = s.first, c == " " || c == "\t" || c == "\u{00A0}" {
            n += c == "\t" ? 4 : 1
            s = s.dropFirst()
        }
        return n
    }

    private static func headingMarks(_ s: inout Substring) -> Int? {
        let hashes = s.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let after = s.dropFirst(hashes)
        guard after.isEmpty || after.first == " " else { return nil }
        s = after.drop(while: { $0 == " " })
        return hashes
    }

    /// Strips bullet marks (`-`, `*`, `•`, ``, `o`, `$\circ~$`, checkboxes), returning how many there were.
    private static func listMarkers(_ s: inout Substring) -> Int {
        var count = 0
        while count < 8 {
            // Every mark starts with a non-ASCII bullet or one of "-*+o$\\<": most lines start with a letter or digit.
            guard let lead = s.utf8.first, lead >= 0x80 || Self.markLeads.contains(lead) else { break }
            let before = s
            if let first = s.unicodeScalars.first, Residue.bulletScalars.contains(first.value) {
                s = s.dropFirst()
            } else if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") || s == "-" || s == "*" {
                s = s.dropFirst()
            } else if s.hasPrefix("o "), count > 0 || Self.startsCapital(s.utf8.dropFirst(2)) {
                // Word's hollow "o" bullet: after another mark, or alone before a capital ("o Scrutiny of transitions
                // between agencies"), as no English line starts with a lone lower-case "o".
                s = s.dropFirst()
            } else if let first = s.unicodeScalars.first, Residue.bulletFallbacks.contains(first.value),
                s.unicodeScalars.dropFirst().first == " ", count > 0 || Self.startsCapital(s.dropFirst(2).utf8)
            {
                // A Wingdings bullet a converter wrote as its Latin-1 letter ("Ø The total number of …"), before a capital.
                s = s.dropFirst()
            } else if let rest = dropPrefix(s, oneOf: latexBullets) {
                s = rest
            } else if let rest = dropPrefix(s, oneOf: ["<input type=\"checkbox\"/>", "<input type=\"checkbox\">"]) {
                s = rest
            } else {
                break
            }
            s = s.drop(while: { $0 == " " || $0 == "\u{00A0}" })
            if s.utf8.count == before.utf8.count { break }  // UTF-8 counts: O(1), where Character counts walk the line
            count += 1
        }
        return count
    }

    private static func startsCapital(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        guard let b = bytes.first else { return false }
        return b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
    }

    /// The ASCII bytes a list mark can start with: "-", "*", "+", "o", "$" and "\\" (LaTeX), "<" (a checkbox).
    private static let markLeads: [UInt8] = Array("-*+o$\\<".utf8)

    /// How converters spell a hollow bullet in LaTeX: `$\circ~$`, `$\circ$`, `\circ`, `$\bullet$`.
    private static let latexBullets = ["$\\circ~$", "$\\circ$", "\\circ ", "$\\bullet$", "$\\bullet~$", "$\\cdot$"]

    private static func dropPrefix(_ s: Substring, oneOf prefixes: [String]) -> Substring? {
        for p in prefixes where s.hasPrefix(p) { return s.dropFirst(p.count) }
        return nil
    }

    /// `**Progress:**`, `<b>Section 1.</b>`, `<u>Contents</u>`: the whole line wrapped in emphasis.
    private static func isEmphasised(_ s: Substring) -> Bool {
        guard let first = s.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") || first == UInt8(ascii: "<")
        else { return false }
        let pairs = [("**", "**"), ("__", "__"), ("<b>", "</b>"), ("<u>", "</u>"), ("<strong>", "</strong>")]
        return pairs.contains { s.utf8.count > $0.0.utf8.count + $0.1.utf8.count && s.hasPrefix($0.0) && s.hasSuffix($0.1) }
    }

    /// A line of only marks ("|", "-", "•") after cleaning carries no text.
    private static func isPunctuationOnly(_ text: String) -> Bool {
        var nonASCII = false
        for b in text.utf8 {
            if (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) { return false }
            if b >= 0x80 { nonASCII = true }
        }
        return !nonASCII || !text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Tab-separated, pipe-table or `<td>` cells; nil unless the line has at least two non-empty cells.
    static func cells(of raw: Substring) -> [TableCell]? {
        let trimmed = raw.drop(while: { $0 == " " })
        // Every line passes here: the pipe tests read end bytes, not Characters.
        let pipe = UInt8(ascii: "|")
        let opens = trimmed.utf8.first == pipe, closes = trimmed.utf8.last == pipe
        var pieces: [Substring]
        if raw.containsByte(0x09) {
            pieces = raw.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
        } else if opens, closes, trimmed.utf8.count > 2 {
            pieces = trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
        } else if opens != closes, trimmed.utf8.filter({ $0 == pipe }).count >= 2 {
            // GitHub-style rows with a pipe at one end only ("Year | 2019 | 2020 |", "---|---|"), as web pages
            // copied to text have them.
            let inner = opens ? trimmed.dropFirst() : trimmed.dropLast()
            pieces = inner.split(separator: "|", omittingEmptySubsequences: false)
        } else {
            return nil
        }
        // Markdown/ASCII rule rows ("-----\t-----", "|---|:--|") are layout, not data.
        if pieces.allSatisfy({ $0.allSatisfy { "-:= |".contains($0) } }) { return [] }
        var cells = pieces.map(cell)
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        // "CP & Court 1 ⇥ - ⇥ - ⇥ -": a row whose figures are all dashes (none to report) is still a row, its dashes
        // empty cells; its tabs must not become spaces in a paragraph "CP & Court 1 - - -".
        let dashes = pieces.dropFirst().filter { piece in
            let words = piece.split(separator: " ")
            return words.count == 1 && ["-", "–", "—"].contains(words[0])
        }.count
        guard cells.filter({ !$0.isEmpty }).count >= 2 || cells.first?.isEmpty == false && dashes >= 1 else { return nil }
        return cells
    }

    /// A cell's paragraphs: Word cells arrive as `<p>one</p> <p>two</p>`.
    private static func cell(_ raw: Substring) -> TableCell {
        guard raw.containsByte(UInt8(ascii: "<")), raw.containsBytes("<p>") || raw.containsBytes("</p>") else {
            let text = InlineCleaner.clean(raw)
            return TableCell(paragraphs: isPunctuationOnly(text) && !Residue.cellMarks.contains(text) ? [] : [text])
        }
        var paragraphs: [String] = []
        for piece in raw.splitting(by: "</p>") {
            let text = InlineCleaner.clean(piece)
            if !isPunctuationOnly(text) { paragraphs.append(text) }
        }
        return TableCell(paragraphs: paragraphs)
    }
}
