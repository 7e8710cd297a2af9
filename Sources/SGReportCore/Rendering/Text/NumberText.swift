/// Numbers as people read them: `NumberText.grouped(1200000)` → "1,200,000", `grouped(87.6)` → "87.6".
enum NumberText {
    static func grouped(_ x: Double) -> String {
        let raw = JSONWriter.number(x)
        // Exponent forms (huge or tiny values) and null are left as they are; grouping would mangle them.
        guard !raw.contains("e"), raw != "null" else { return raw }
        var integer = Substring(raw)
        var sign = ""
        if integer.hasPrefix("-") { sign = "-"; integer = integer.dropFirst() }
        var fraction = ""
        if let dot = integer.firstIndex(of: ".") {
            fraction = String(integer[dot...])
            integer = integer[..<dot]
        }
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.insert(integer[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + fraction
    }

    /// The value to one decimal place, half away from zero: 79.36 → "79.4", 100.0 → "100".
    static func oneDecimal(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e14 else { return JSONWriter.number(x) }
        // Int conversion instead of `rounded()`, which needs libm that this stdlib-only layer does not link.
        let tenths = Int(x * 10 + (x < 0 ? -0.5 : 0.5))
        return grouped(Double(tenths) / 10)
    }

    /// A byte count as people size files: "812 bytes", "79.4 KB", "1.2 MB".
    static func bytes(_ n: Int) -> String {
        if n < 1024 { return n == 1 ? "1 byte" : "\(n) bytes" }
        if n < 1024 * 1024 { return oneDecimal(Double(n) / 1024) + " KB" }
        return oneDecimal(Double(n) / (1024 * 1024)) + " MB"
    }

    /// "1 item", "3 items".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(Double(n))) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
