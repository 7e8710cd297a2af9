/// Writes a `JSONValue` as always-valid JSON: pretty (`{\n  "a": 1\n}`) for `json`, one line (`{"a":1}`) for `jsonl`.
public enum JSONWriter {
    /// `depth` indents the lines after the first as if the value sat that deep in an enclosing array, so a
    /// document written at depth 1 can be placed in a pretty array without writing the whole array at once.
    /// `newline` ends the text with "\n" written into the same buffer (appending to the String would copy it).
    public static func write(_ value: JSONValue, pretty: Bool, depth: Int = 0, newline: Bool = false) -> String {
        var out: [UInt8] = []
        append(value, to: &out, pretty: pretty, depth: depth)
        if newline { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
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
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // The writer appends UTF-8 bytes to one buffer and makes a String once: appending to a String
    // piece by piece cost more than the whole parse (callgrind, corpus: 514M of 4,037M instructions).
    private static func append(_ value: JSONValue, to out: inout [UInt8], pretty: Bool, depth: Int) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let x): out += number(x).utf8
        case .string(let s): appendQuoted(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, pretty: pretty, depth: depth + 1)
                append(item, to: &out, pretty: pretty, depth: depth + 1)
            }
            newline(&out, pretty: pretty, depth: depth)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, pretty: pretty, depth: depth + 1)
                appendQuoted(key, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                append(item, to: &out, pretty: pretty, depth: depth + 1)
            }
            newline(&out, pretty: pretty, depth: depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], pretty: Bool, depth: Int) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Copies runs of plain bytes whole and escapes the rest. Non-ASCII text passes through as UTF-8
    /// (a String's UTF-8 is always valid) except U+2028/2029 (E2 80 A8/A9), which are valid JSON but end
    /// lines in JavaScript and some line-oriented tools.
    private static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.makeContiguousUTF8()
        s.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                // Nearly every byte is plain: one table read passes it.
                guard mayEscape[Int(b)] else {
                    i += 1
                    continue
                }
                let escape: String?
                switch b {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00...0x1F: escape = unicodeEscape(UInt32(b))
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                default: escape = nil
                }
                guard let escape else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                out += escape.utf8
                i += b == 0xE2 ? 3 : 1
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The bytes that start an escape: quote, backslash, C0 controls, and E2 (the lead of U+2028/2029).
    private static let mayEscape: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
