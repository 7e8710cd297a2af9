/// Vocabulary of converter residue: which characters and markup words PDF/Word-to-text converters leave behind.
///
/// The words come from the corpus of safeguarding reports (pandoc-style markdown, HTML fragments from
/// table cells, LaTeX scraps from formula detection, Word's Symbol-font bullets).
enum Residue {
    /// HTML entities seen in converter output, plus the common typographic ones.
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "hellip": "…", "pound": "£", "euro": "€", "bull": "•", "middot": "·", "deg": "°", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "times": "×", "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓",
        "harr": "↔", "ge": "≥", "le": "≤", "copy": "©", "reg": "®", "trade": "™", "shy": "",
    ]

    /// HTML tags that separate pieces of text (so their removal must leave a space, not glue words).
    static let spacingTags: Set<String> = [
        "p", "br", "td", "th", "tr", "li", "div", "table", "ul", "ol", "input", "hr", "tbody", "thead",
    ]

    /// LaTeX commands in `$…$` scraps, mapped to the character they draw; unknown commands are dropped.
    static let latexCommands: [String: String] = [
        "geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "times": "×", "pm": "±", "uparrow": "↑",
        "downarrow": "↓", "rightarrow": "→", "leftrightarrow": "↔", "pounds": "£", "%": "%",
    ]

    /// Ticks and crosses: alone in a table cell they are an answer (attended, done), not residue, so the
    /// cell keeps them. The glyphs Word and PDF converters write for a checked or crossed box.
    static let cellMarks: Set<String> = ["✓", "✔", "√", "☑", "🗸", "✅", "✗", "✘", "☒", "×"]

    /// Characters that start a bulleted list item at the beginning of a line.
    /// U+F0B7/U+F0A7/U+F076/U+F0D8/U+F0FC are Word's Symbol/Wingdings bullets in the private use area.
    static let bulletScalars: Set<UInt32> = [
        0x2022, 0x25E6, 0x25AA, 0x25AB, 0x25A0, 0x25A1, 0x25CF, 0x25CB, 0x27A2, 0x2713, 0x2714, 0x2023,
        0x2043, 0x2219, 0x00B7, 0x25BA, 0x25B8, 0x27A4, 0x2192, 0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0xF0FC, 0xF0A8,
    ]

    /// Wingdings bullets that a converter wrote as the Latin-1 letter of their code's low byte: U+F0D8 (an arrowhead)
    /// as "Ø", U+F0FC (a tick) as "ü", U+F0A7 (a square) as "§". A bullet only alone before a capital.
    static let bulletFallbacks: Set<UInt32> = [0x00D8, 0x00FC, 0x00A7]

    /// Superscript digits: footnote markers once the converter has flattened them.
    static let superscriptDigits: Set<UInt32> = [0x00B9, 0x00B2, 0x00B3, 0x2070, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079]

    /// Characters that carry no text: zero-width marks, soft hyphen, BOMs inside the text.
    static let invisible: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

    /// Is this scalar a kind of space (no-break, en/em, thin, ideographic, line/paragraph separators)?
    static func isOddSpace(_ v: UInt32) -> Bool {
        v == 0x00A0 || (0x2000...0x200A).contains(v) || v == 0x202F || v == 0x205F || v == 0x3000
            || v == 0x2028 || v == 0x2029 || v == 0x0085
    }
}
