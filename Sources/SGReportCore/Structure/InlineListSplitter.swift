/// Splits a list item that a PDF converter flattened onto one line back into its items: the bullets the
/// converter kept mid-line separate them.
///
/// "Scrutiny of transitions between agencies; o An enhanced focus on diversity; and o Plan for the Wood review"
/// (a line that began with "o ") → three list items; "• Early help • Neglect • Exploitation" → three.
enum InlineListSplitter {
    /// Bullets written mid-line, each with the text before it that sets it off. A hollow "o" only after a
    /// semicolon: a lone "o" between words is otherwise rare, but not impossible in names.
    static let separators: [String] = ["; and o ", "; o ", " • ", " ● ", " ▪ ", " ◦ "]

    static func split(_ block: Block) -> [Block] {
        // A paragraph's lead-in may run on into the items: "The Board agreed the following key priorities: • Neglect
        // • Child Sexual Exploitation • Early Help" → the lead-in, then three items.
        guard block.kind == .listItem || block.kind == .paragraph, block.enumerator == nil, block.text.utf8.count >= 8,
            block.kind == .listItem ? mayHoldSeparator(block.text) : leadInRunsOn(block.text)
        else {
            return [block]
        }
        var cuts: [(start: Int, end: Int)] = []  // UTF-8 ranges of the separators, in order
        let bytes = Array(block.text.utf8)
        var i = 0
        while i < bytes.count {
            if let separator = separatorBytes.first(where: { matches($0, in: bytes, at: i) }) {
                cuts.append((i, i + separator.count))
                i += separator.count
            } else {
                i += 1
            }
        }
        guard !cuts.isEmpty else { return [block] }
        if block.kind == .paragraph {
            guard cuts.count >= 2, cuts[0].start > 0, bytes[cuts[0].start - 1] == UInt8(ascii: ":") else { return [block] }
        }
        var pieces: [Block] = []
        var start = 0
        for cut in cuts + [(bytes.count, bytes.count)] {
            let text = String(String(decoding: bytes[start..<cut.start], as: UTF8.self).trimmingCharacters(in: " ;"))
            if !text.isEmpty {
                let inside = block.continuations.filter { $0.offset > start && $0.offset < cut.start }
                pieces.append(Block(
                    kind: block.kind == .paragraph && start == 0 ? .paragraph : .listItem, text: text, line: block.line(atOffset: start),
                    continuations: inside.map { LineStart(offset: max(0, $0.offset - start), line: $0.line) },
                    enumerator: nil, body: text,
                    depth: block.depth, cells: [], emphasised: block.emphasised, linksDocument: block.linksDocument))
            }
            start = cut.end
        }
        return pieces.count > 1 ? pieces : [block]
    }

    private static let separatorBytes: [[UInt8]] = separators.map { Array($0.utf8) }

    /// A paragraph is split only where a colon runs straight on into a bullet: one search for the colon's bytes,
    /// not a scan for every separator at every byte of every paragraph.
    private static func leadInRunsOn(_ text: String) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var i = bytes.firstIndex(of: UInt8(ascii: ":"))
            while let colon = i {
                let after = bytes[(colon + 1)...]
                if bulletSeparatorBytes.contains(where: { after.starts(with: $0) }) { return true }
                i = bytes[(colon + 1)...].firstIndex(of: UInt8(ascii: ":"))
            }
            return false
        }
        var text = text
        return text.withUTF8(scan)
    }

    /// The separators that are bullets (not the hollow "o" after a semicolon), as bytes.
    private static let bulletSeparatorBytes: [[UInt8]] = separators.filter { !$0.contains(";") }.map { Array($0.utf8) }

    /// Most list items hold no ";" and no non-ASCII bullet: a byte test before the scan.
    private static func mayHoldSeparator(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ";") || $0 >= 0xE2 }
    }

    private static func matches(_ separator: [UInt8], in bytes: [UInt8], at i: Int) -> Bool {
        guard i + separator.count <= bytes.count else { return false }
        for k in separator.indices where bytes[i + k] != separator[k] { return false }
        return true
    }
}
