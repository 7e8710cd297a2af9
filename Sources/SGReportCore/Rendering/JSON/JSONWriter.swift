/// Writes a `JSONValue` as always-valid JSON: pretty (`{\n  "a": 1\n}`) for `json`, one line (`{"a":1}`) for `jsonl`.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool) -> String {
        var out = ""
        append(value, to: &out, pretty: pretty, depth: 0)
        return out
    }

    /// `24`, `1200000`, `87.6`; `null` for NaN and infinities, which JSON cannot express.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        // Integral values print without ".0" up to 1e15, well inside Int and Double's exact range.
        // (Int conversion rather than `rounded()`, which would pull in libm that this stdlib-only layer does not link.)
        if abs(x) < 1e15, Double(Int(x)) == x { return String(Int(x)) }
        // Swift's description is the shortest text that round-trips, and its exponent form ("1e-05") is valid JSON.
        // It writes integral values up to 2^53 as "1000000000000000.0"; the ".0" adds nothing, so it goes.
        let text = x.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `"…"` with quotes, backslashes, every C0 control and U+2028/2029 escaped.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        appendEscaped(s, to: &out)
        out += "\""
        return out
    }

    private static func append(_ value: JSONValue, to out: inout String, pretty: Bool, depth: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let x): out += number(x)
        case .string(let s):
            out += "\""
            appendEscaped(s, to: &out)
            out += "\""
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, pretty: pretty, depth: depth + 1)
                append(item, to: &out, pretty: pretty, depth: depth + 1)
            }
            newline(&out, pretty: pretty, depth: depth)
            out += "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out += "," }
                newline(&out, pretty: pretty, depth: depth + 1)
                out += "\""
                appendEscaped(key, to: &out)
                out += pretty ? "\": " : "\":"
                append(item, to: &out, pretty: pretty, depth: depth + 1)
            }
            newline(&out, pretty: pretty, depth: depth)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, pretty: Bool, depth: Int) {
        guard pretty else { return }
        out += "\n"
        out += String(repeating: "  ", count: depth)
    }

    private static func appendEscaped(_ s: String, to out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            // U+2028/2029 are valid JSON but end lines in JavaScript and some line-oriented tools.
            case "\u{00}"..."\u{1F}", "\u{2028}", "\u{2029}": out += unicodeEscape(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
