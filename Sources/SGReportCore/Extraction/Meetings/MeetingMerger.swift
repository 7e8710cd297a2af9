/// Makes one record per meeting: the agenda's front page, its minutes, its work programme and every prose
/// mention of the same date ("the Board meeting in March 2017" in five sections) become one `Meeting`, with
/// the details merged and the line of the first mention.
enum MeetingMerger {
    static func merge(_ drafts: [MeetingDraft]) -> [Meeting] {
        var groups: [[MeetingDraft]] = []
        var byDate: [PartialDate: [Int]] = [:]
        for draft in drafts.sorted(by: { ($0.line, -$0.source.rawValue) < ($1.line, -$1.source.rawValue) }) {
            if let candidates = byDate[draft.date],
                let g = candidates.first(where: { compatible(groups[$0], draft) })
            {
                groups[g].append(draft)
            } else {
                byDate[draft.date, default: []].append(groups.count)
                groups.append([draft])
            }
        }
        return groups.map(combine).sorted { ($0.line, $0.date) < ($1.line, $1.date) }
    }

    /// Two bodies name the same meeting unless both are known and share no body noun (Cabinet vs Council).
    static func compatible(_ group: [MeetingDraft], _ draft: MeetingDraft) -> Bool {
        guard !draft.bodyGuessed, let b = draft.body.map(nouns), !b.isEmpty else { return true }
        for other in group where !other.bodyGuessed {
            guard let a = other.body.map(nouns), !a.isEmpty else { continue }
            if a.isDisjoint(with: b) { return false }
        }
        return true
    }

    private static func nouns(_ body: String) -> Set<String> {
        Set(Tokenizer.tokens(body).filter { MeetingText.isBodyNoun($0) }.map(\.lower))
    }

    private static func combine(_ group: [MeetingDraft]) -> Meeting {
        let ranked = group.sorted { $0.source > $1.source }
        let line = group.map(\.line).min() ?? 0
        let status: Meeting.Status
        if let authority = ranked.first(where: { $0.source >= .minutes }) {
            status = authority.status
        } else if let written = group.first(where: \.statusWritten) {
            status = written.status
        } else {
            status = ranked.first?.status ?? .held
        }
        let written = group.filter { !$0.bodyGuessed }
        let body = ranked.first(where: { $0.source >= .minutes && $0.body != nil })?.body
            ?? written.compactMap(\.body).max { $0.utf8.count < $1.utf8.count }
            ?? group.compactMap(\.body).first
        return Meeting(
            body: body, date: group[0].date, time: ranked.compactMap(\.time).first,
            location: ranked.compactMap(\.location).first, status: status,
            agenda: ranked.first { !$0.agenda.isEmpty }?.agenda ?? [], present: unique(ranked.flatMap(\.present)),
            apologies: unique(ranked.flatMap(\.apologies)), decisions: unique(ranked.flatMap(\.decisions)), line: line)
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
