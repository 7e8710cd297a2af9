/// One input line with its converter markup read off as cues and its text cleaned of residue.
///
/// `"- o **Declare** it"` at line 40 → text "Declare it", bullet depth 1, not emphasised.
struct CleanLine: Sendable, Equatable {
    let number: Int
    /// The line's words, residue removed, list markers removed, enumerator kept ("1.1 Purpose").
    let text: String
    /// Markdown heading marks (`##` → 2), or nil.
    let headingMarks: Int?
    /// List depth (0 = top) when the line starts with a bullet glyph or list mark, or nil.
    let bullet: Int?
    /// A leading number or letter that numbers the line ("1", "2.2.1", "a"), without its punctuation.
    let enumerator: String?
    /// The numbering is closed by a parenthesis (`1)`, `(a)`): a numbered list, never a heading.
    let listNumbering: Bool
    /// The text after the enumerator ("Purpose" for "1.1 Purpose"), or the whole text.
    let body: String
    /// The whole line is bold, underlined or strong: a heading cue in documents without `#` marks.
    let emphasised: Bool
    /// Leading spaces (a tab counts four).
    let indent: Int
    /// The cells when the line is a row of a tab-, pipe- or HTML-separated table.
    let cells: [TableCell]?
    /// The line carried a council page's file badge ("… pdf icon PDF 73 KB"): it titles a linked document, and a
    /// number opening it numbers an agenda item.
    let linksDocument: Bool

    var isBlank: Bool { text.isEmpty && cells == nil }
}

/// One cell of a table row; a converted Word cell may hold several paragraphs (`<p>…</p> <p>…</p>`).
struct TableCell: Sendable, Equatable {
    let paragraphs: [String]

    var text: String { paragraphs.joined(separator: " ") }
    var isEmpty: Bool { paragraphs.isEmpty }
}
