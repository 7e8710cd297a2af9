/// What the opening of an agenda or minutes says about its meeting: the body, the date, the time and the place.
///
/// "Children and Families Overview and Scrutiny Panel / Tuesday, 10 May 2022, 2.00 pm / County Hall, Worcester":
/// all four. Reads the first blocks of the part (the cover), and the meetings extractor's first meeting once it
/// finds meetings.
struct MeetingDetails {
    var body: Int?
    var date: Int?
    var time: Int?
    var place: Int?

    /// How many blocks of the opening to read.
    static let openingBlocks = 30

    static func read(_ input: CheckInput) -> MeetingDetails {
        var details = MeetingDetails()
        if let meeting = input.document.meetings.first {
            if meeting.body != nil { details.body = meeting.line }
            if meeting.date.day != nil { details.date = meeting.line }
            if meeting.time != nil { details.time = meeting.line }
            if meeting.location != nil { details.place = meeting.line }
        }
        for b in input.blocks.prefix(openingBlocks) {
            let block = input.block(b)
            let lowered = input.lowered[b]
            if details.body == nil, CheckVocabulary.committeeNouns.occurs(in: lowered) { details.body = block.line }
            if details.date == nil, DateScanner.scan(block.text).contains(where: { $0.day != nil }) { details.date = block.line }
            if details.time == nil, hasTime(block.text) { details.time = block.line }
            if details.place == nil, CheckVocabulary.venues.occurs(in: lowered) { details.place = block.line }
        }
        return details
    }

    /// "2.00 pm", "10.15 am", "1pm", "14:00".
    static func hasTime(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(text)
        for (i, t) in tokens.enumerated() where t.kind == .number {
            var j = i + 1
            if j + 1 < tokens.count, tokens[j].text == "." || tokens[j].text == ":", tokens[j + 1].kind == .number,
               tokens[j + 1].text.count == 2 {
                if tokens[j].text == ":", !tokens[j].spaced { return true }
                j += 2
            }
            if j < tokens.count, tokens[j].kind == .word, CheckVocabulary.timeSuffixes.contains(tokens[j].lower) { return true }
            if j + 2 < tokens.count, tokens[j].lower == "a" || tokens[j].lower == "p", tokens[j + 1].text == ".",
               tokens[j + 2].lower == "m" { return true }
        }
        return false
    }

    func missingParts(includeTime: Bool) -> [String] {
        var out: [String] = []
        if body == nil { out.append("the body meeting") }
        if date == nil { out.append("the date") }
        if includeTime, time == nil { out.append("the time") }
        if place == nil { out.append("the place") }
        return out
    }
}
