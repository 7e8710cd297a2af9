/// How many terminal columns text takes: `"Ofsted"` 6, `"…"` 1, `"学校"` 4 (East Asian wide characters take two).
enum DisplayWidth {
    static func of(_ s: String) -> Int {
        var width = 0
        for ch in s { width += of(ch) }
        return width
    }

    /// A grapheme cluster (letter plus combining marks, emoji sequence) is one cell, or two when wide.
    static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        return isWide(first.value) ? 2 : 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The text cut to `width` columns, ending in "…" when anything was cut: `truncated("Monitoring", to: 6)` → "Monit…".
    static func truncated(_ s: String, to width: Int) -> String {
        guard of(s) > width else { return s }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for ch in s {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        // Drop trailing spaces before the ellipsis so "Early Help …" reads as "Early Help…".
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// The text padded with spaces to `width` columns, on the right (`.left`) or the left (`.right`).
    static func padded(_ s: String, to width: Int, alignRight: Bool) -> String {
        let pad = width - of(s)
        guard pad > 0 else { return s }
        let spaces = String(repeating: " ", count: pad)
        return alignRight ? spaces + s : s + spaces
    }
}
