/// The numbering of a resolution's parts: "RESOLVED: (a) That the report be noted. (b) That …", "1.", "2.", "i)",
/// "ii)". A part's successor is the only numbering that goes on with the same resolution; any other block ends it.
enum ResolutionParts {
    /// Roman numerals as minutes number parts, up to the tenth.
    private static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// The numbering opening `text` ("(a) That …" → "a", "1. That …" → "1", "ii) …" → "ii"), or nil.
    static func leading(_ text: String) -> String? {
        var s = Substring(text)
        let open = s.first == "("
        if open { s = s.dropFirst() }
        let mark = s.prefix { $0.isLetter || $0.isNumber }
        guard !mark.isEmpty, mark.count <= 4 else { return nil }
        let rest = s.dropFirst(mark.count)
        guard let close = rest.first, open ? close == ")" : close == ")" || close == "." else { return nil }
        let part = mark.lowercased()
        guard part.allSatisfy(\.isNumber) || part.count == 1 || romans.contains(part) else { return nil }
        return part
    }

    /// The numberings that may follow `part`: "a" → b, "1" → 2, "iv" → v; "i" → ii or j, as "i" and "v" are
    /// letters too.
    static func successors(of part: String) -> Set<String> {
        let lower = part.lowercased()
        if let n = Int(lower) { return [String(n + 1)] }
        var next: Set<String> = []
        if let r = romans.firstIndex(of: lower), r + 1 < romans.count { next.insert(romans[r + 1]) }
        if lower.count == 1, let c = lower.unicodeScalars.first, c.value >= 97, c.value < 122, let after = Unicode.Scalar(c.value + 1) {
            next.insert(String(Character(after)))
        }
        return next
    }
}
