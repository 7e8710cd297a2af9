/// Makes one record per meeting: the agenda's front page, its minutes, its work programme and every prose
/// mention of the same date ("the Board meeting in March 2017" in five sections) become one `Meeting`, with
/// the details merged and the line of the first mention.
enum MeetingMerger {
    static func merge(_ drafts: [MeetingDraft]) -> [Meeting] {
        var groups: [[MeetingDraft]] = []
        // The distinct body-noun sets written in each group: few, so checking a draft against them stays cheap.
        var groupNouns: [Set<Set<String>>] = []
        var byDate: [PartialDate: [Int]] = [:]
        for draft in drafts.sorted(by: { ($0.line, -$0.source.rawValue) < ($1.line, -$1.source.rawValue) }) {
            let own = draft.bodyGuessed ? [] : draft.body.map(nouns) ?? []
            if let candidates = byDate[draft.date], let g = candidates.first(where: { compatible(groupNouns[$0], own) }) {
                groups[g].append(draft)
                if !own.isEmpty { groupNouns[g].insert(own) }
            } else {
                byDate[draft.date, default: []].append(groups.count)
                groups.append([draft])
                groupNouns.append(own.isEmpty ? [] : [own])
            }
        }
        return groups.map(combine).sorted { ($0.line, $0.date) < ($1.line, $1.date) }
    }

    /// Two bodies name the same meeting unless both are known and share no body noun (Cabinet vs Council).
    static func compatible(_ written: Set<Set<String>>, _ nouns: Set<String>) -> Bool {
        nouns.isEmpty || written.allSatisfy { !$0.isDisjoint(with: nouns) }
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
