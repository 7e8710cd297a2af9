/// Reads the notes a plan gives its priorities under question headings, each under the priority's name repeated:
/// "What are we going to do?" / "VEMT" / "Prepare – strengthen the identification …" → an action of "VEMT".
///
/// Business plans set their priorities out once ("What are our priorities?" / "VEMT" / "Neglect" …), then answer
/// each question for every priority in turn, naming it again.
enum RepeatedTitleNotesReader {
    /// How many blocks one answer (one priority's notes under one question) may run to, and one question's
    /// answers in all.
    static let maxNotes = 30
    static let maxAnswers = 200

    static func read(_ text: ParsedText, into drafts: inout [PriorityDraft]) {
        // Short titles only: a priority named in a sentence is never repeated as a line of its own.
        var index: [String: Int] = [:]
        for (i, d) in drafts.enumerated() where TextShape.wordCount(d.title, limit: 8) <= 8 {
            let key = TextShape.key(d.title)
            if !key.isEmpty, index[key] == nil { index[key] = i }
        }
        guard !index.isEmpty else { return }
        var kind: PriorityVocabulary.NoteKind?
        var current: Int?
        var taken = 0, sinceCue = 0, lastNumber = 0
        for block in text.blocks where block.kind != .furniture && block.kind != .contents {
            let short = block.text.utf8.count <= 120
            // Most blocks open no question: a folded prefix test before the key is made.
            if short, PriorityVocabulary.questionLeads.contains(where: { block.text.hasPrefixFolded($0) }),
                let cue = PriorityVocabulary.questionCues.first(where: { TextShape.key(block.text) == $0.phrase })
            {
                kind = cue.kind
                current = nil
                sinceCue = 0
                continue
            }
            sinceCue += 1
            guard let kind, sinceCue <= Self.maxAnswers else { continue }
            let key = short ? TextShape.key(block.text) : ""
            if let i = index[key], block.line > drafts[i].line {
                current = i
                taken = 0
                lastNumber = 0
                continue
            }
            guard let i = current, taken < maxNotes, block.kind != .tableRow else {
                current = nil
                continue
            }
            // A numbered line read as a heading goes on the answer when it counts from 1 ("1. Track the number …",
            // "2. Reduce …"); any other numbered heading is the next chapter and ends the answers.
            let number = block.enumerator.flatMap { Int($0.trimmingCharacters(in: ".)")) }
            if block.kind == .heading, block.enumerator != nil, number != lastNumber + 1 {
                current = nil
                continue
            }
            lastNumber = number ?? 0
            let note = block.enumerator != nil ? block.body : block.text
            switch kind {
            case .actions: drafts[i].actions.append(note)
            case .progress: drafts[i].progress.append(note)
            case .stop: break
            }
            taken += 1
        }
    }
}
