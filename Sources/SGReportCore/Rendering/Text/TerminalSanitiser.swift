/// Strips what a report could smuggle into a terminal: `"\u{1B}[2Jclear"` → `"clear"`.
///
/// Every piece of text output passes through `sanitised(_:)` (via `StyledLine`), because a report is untrusted
/// input and escape sequences in it could retitle the window, move the cursor or hide lines.
public enum TerminalSanitiser {
    /// The text without ESC sequences (CSI, OSC/DCS/APC/PM/SOS strings, two-character escapes), without
    /// other C0 controls except newline and tab, and without DEL or C1 controls (U+0080–U+009F).
    public static func sanitised(_ s: String) -> String {
        // Fast path: most text has no controls at all and is returned unchanged, without copying.
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c.value {
            case 0x1B:
                i = skipEscape(scalars, from: i + 1)
            case 0x9B:  // C1 CSI: the same parameters as "ESC [".
                i = skipCSI(scalars, from: i + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:  // C1 DCS, SOS, OSC, PM, APC: strings up to ST or BEL.
                i = skipString(scalars, from: i + 1)
            default:
                if !isControl(c) || c == "\n" || c == "\t" { out.append(c) }
                i += 1
            }
        }
        return String(out)
    }

    static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value)
    }

    /// After ESC: `[` starts a CSI, `]` `P` `X` `^` `_` a string; otherwise intermediates then one final character.
    private static func skipEscape(_ s: [Unicode.Scalar], from start: Int) -> Int {
        guard start < s.count else { return start }
        switch s[start] {
        case "[": return skipCSI(s, from: start + 1)
        case "]", "P", "X", "^", "_": return skipString(s, from: start + 1)
        default:
            var i = start
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            // The final character, unless it is itself a control that the main loop must judge.
            if i < s.count, (0x30...0x7E).contains(s[i].value) { i += 1 }
            return i
        }
    }

    /// Parameters and intermediates (0x20–0x3F) then one final byte (0x40–0x7E).
    private static func skipCSI(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, (0x20...0x3F).contains(s[i].value) { i += 1 }
        if i < s.count, (0x40...0x7E).contains(s[i].value) { i += 1 }
        return i
    }

    /// Up to and including BEL, ESC \ or C1 ST; an unterminated string swallows the rest of the line only.
    private static func skipString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            switch s[i].value {
            case 0x07, 0x9C: return i + 1
            case 0x1B: return i + 1 < s.count && s[i + 1] == "\\" ? i + 2 : i + 1
            case 0x0A: return i
            default: i += 1
            }
        }
        return i
    }
}
