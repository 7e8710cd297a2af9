/// A short quote for a result message: the sentence around a match, cut at word boundaries with "…".
///
/// `Quote.around("Training was evaluated by 300 delegates. Other text.", offset: 9)` → "Training was evaluated by 300 delegates."
enum Quote {
    static let maxCharacters = 90

    static func around(_ text: String, offset: Int) -> String {
        let utf8 = Array(text.utf8)
        let at = min(max(0, offset), utf8.count)
        var start = at
        while start > 0 {
            let prev = utf8[start - 1]
            if start >= 2, prev == UInt8(ascii: " "), [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(utf8[start - 2]) { break }
            start -= 1
        }
        var end = at
        while end < utf8.count {
            let c = utf8[end]
            end += 1
            if c == UInt8(ascii: "."), end == utf8.count || utf8[end] == UInt8(ascii: " ") { break }
        }
        let sentence = String(decoding: utf8[start..<end], as: UTF8.self)
        let words = sentence.split(separator: " ")
        var out = ""
        let cutBefore = start < at && sentence.count > maxCharacters
        // Keep the match in view: begin a few words before it when the sentence is long.
        var firstWord = 0
        if cutBefore {
            var consumed = start
            for (i, w) in words.enumerated() {
                if consumed + w.utf8.count >= at { firstWord = max(0, i - 4); break }
                consumed += w.utf8.count + 1
            }
        }
        for w in words[firstWord...] {
            if out.count + w.count + 1 > maxCharacters { return (firstWord > 0 ? "…" : "") + out + " …" }
            out += (out.isEmpty ? "" : " ") + w
        }
        return (firstWord > 0 ? "…" : "") + out
    }
}
