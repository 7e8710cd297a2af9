/// Whether a passage states a figure: a number that is not a year ("10,178 contacts", "24%", "3 reviews").
///
/// "In 2019 the board met" has no figure; "fell from 27% to 21%" has two.
enum Figures {
    static func count(in text: String) -> Int {
        let tokens = Tokenizer.tokens(text)
        var n = 0
        for (i, t) in tokens.enumerated() where t.kind == .number {
            // A thousands group ("10,178") is one figure.
            if i >= 2, tokens[i - 1].text == ",", !tokens[i - 1].spaced, tokens[i - 2].kind == .number { continue }
            let percent = i + 1 < tokens.count && tokens[i + 1].text == "%"
            if !percent, t.text.count == 4, let v = t.int, (1990...2039).contains(v) { continue }
            // "2019-20": the second half of a financial year.
            if i >= 2, tokens[i - 1].text == "-" || tokens[i - 1].text == "/", tokens[i - 2].text.count == 4 { continue }
            n += 1
        }
        return n
    }

    static func has(_ text: String) -> Bool { count(in: text) > 0 }
}
