/// The notes written under a priority, sorted by the sub-block labels above them.
///
/// Under "Priority 2: …": `Still to do during 2020-2021:` / "- Implement the Family Safeguarding Model (FSM)"
/// → actions ["Implement the Family Safeguarding Model (FSM)"]; `Impact:` / "- The neglect strategy has yet …" → progress.
struct PriorityNotes: Sendable, Equatable {
    var actions: [String] = []
    var progress: [String] = []
    var status: Priority.Status?

    /// Reads `blocks[range]`; notes before any label go to `initial` (nil: they are not notes).
    static func read(_ blocks: [Block], _ range: Range<Int>, initial: PriorityVocabulary.NoteKind? = nil) -> PriorityNotes {
        var notes = PriorityNotes()
        var mode = initial
        var leadIn: Block?
        for index in range where index < blocks.count {
            let block = blocks[index]
            switch block.kind {
            case .contents, .furniture, .tableRow:
                continue
            case .heading:
                // Unlabelled headings inside a priority ("Neglect Training Model") continue its notes; a numbered
                // one ("1.1 Aim") is read without its number.
                if let label = PriorityText.label(of: block.enumerator != nil && !block.body.isEmpty ? block.body : block.text) {
                    mode = label.kind
                    if let content = label.content { notes.append(content, to: mode) }
                }
                leadIn = nil
            case .paragraph, .listItem:
                if let label = PriorityText.label(of: block.text) {
                    mode = label.kind
                    if let content = label.content { notes.append(content, to: mode) }
                    leadIn = nil
                    continue
                }
                let rated = PriorityText.status(atStartOf: block.text)
                if rated.found, PriorityVocabulary.statusLabels.contains(where: { block.text.lowercased().hasPrefix($0) }) {
                    if notes.status == nil { notes.status = rated.status }
                    continue
                }
                // An unknown short lead-in ("Practitioners' feedback after Neglect training:") opens
                // quotations or examples, which are not notes.
                if block.kind == .paragraph, block.text.hasSuffix(":"), TextShape.wordCount(block.text, limit: 12) <= 12 {
                    mode = .stop
                    continue
                }
                let text = String(block.text.trimmingCharacters(in: " "))
                guard !text.isEmpty else { continue }
                // "Response to Ofsted Focused Inspection:" / "- the consistency … of return home interviews"
                // is one note: lower-case or indented items finish the lead-in's sentence.
                if let lead = leadIn,
                   TextShape.startsLowercase(text) || (block.kind == .listItem && lead.kind == .listItem && block.depth > lead.depth) {
                    notes.extendLast(with: text, in: mode)
                    continue
                }
                notes.append(text, to: mode)
                leadIn = text.hasSuffix(":") ? block : nil
            }
        }
        return notes
    }

    private mutating func append(_ text: String, to mode: PriorityVocabulary.NoteKind?) {
        switch mode {
        case .actions: actions.append(text)
        case .progress: progress.append(text)
        case .stop, nil: break
        }
    }

    private mutating func extendLast(with text: String, in mode: PriorityVocabulary.NoteKind?) {
        func joined(_ last: String) -> String {
            last.hasSuffix(":") ? last + " " + text : last + "; " + text
        }
        switch mode {
        case .actions: if let last = actions.popLast() { actions.append(joined(last)) }
        case .progress: if let last = progress.popLast() { progress.append(joined(last)) }
        case .stop, nil: break
        }
    }
}
