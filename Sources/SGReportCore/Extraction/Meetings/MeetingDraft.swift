/// A meeting as one reader saw it, before the mentions of the same meeting are merged:
/// the minutes' "Monday 16 March 2020 at 10.15 am" with its present list, or "the meeting on 16 March 2020".
struct MeetingDraft: Sendable, Equatable {
    /// How much a reader's view of a meeting is worth when mentions disagree (higher wins).
    enum Source: Int, Sendable, Comparable {
        case mention, list, programme, minutes, agenda

        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    var body: String?
    /// The body was taken from the section heading, not written beside the date: it never keeps two mentions apart.
    var bodyGuessed: Bool = false
    var date: PartialDate
    var time: String? = nil
    var location: String? = nil
    var status: Meeting.Status
    /// The status was written ("were postponed"), not inferred from the date.
    var statusWritten: Bool = false
    var agenda: [AgendaItem] = []
    var present: [String] = []
    var apologies: [String] = []
    var decisions: [String] = []
    var line: Int
    var source: Source

    var meeting: Meeting {
        Meeting(
            body: body, date: date, time: time, location: location, status: status, agenda: agenda, present: present,
            apologies: apologies, decisions: decisions, line: line)
    }

    /// Names read from a minutes line into the list its label names.
    mutating func add(_ names: [String], to list: Roll.List) {
        switch list {
        case .present: present += names
        case .apologies: apologies += names
        }
    }
}
