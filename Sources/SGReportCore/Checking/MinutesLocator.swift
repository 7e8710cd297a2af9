/// Finds the minutes inside an agenda pack: from "Minutes of the meeting of … held at …" (with a "Present:"
/// list soon after) to the chair's signature line, or to the end.
///
/// Herefordshire's pack of 2 June 2020 carries the minutes of 16 March 2020 as item 4's papers.
enum MinutesLocator {
    /// How far after the opening line the attendance list may start.
    static let presentWindow = 8

    static func locate(in input: CheckInput) -> Range<Int>? {
        let blocks = input.blocks
        for (position, b) in blocks.enumerated() {
            let text = input.lowered[b]
            guard CheckVocabulary.minutesOpenings.cues.contains(where: { $0.matches(text, at: 0) })
                    || isBareMinutesHeading(input, b) else { continue }
            let window = blocks[(position + 1)..<min(blocks.count, position + 1 + presentWindow)]
            guard window.contains(where: { w in
                CheckVocabulary.presentOpenings.cues.contains { $0.matches(input.lowered[w], at: 0) }
            }) else { continue }
            let start = b
            var end = input.text.blocks.count
            for s in blocks[(position + 1)...] where MinutesSignatureRule.isSignatureLine(input, s) {
                end = s + 1
                break
            }
            return start..<end
        }
        return nil
    }

    /// A heading that says only "Minutes" (the agenda's "4. MINUTES To approve …" item is not one).
    private static func isBareMinutesHeading(_ input: CheckInput, _ b: Int) -> Bool {
        let block = input.block(b)
        return block.kind == .heading && block.enumerator == nil && TextShape.key(block.text) == "minutes"
    }
}
