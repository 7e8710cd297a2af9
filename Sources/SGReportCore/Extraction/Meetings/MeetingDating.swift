/// Dates a meeting mention and decides its status against the document's own date:
/// "the meeting on 14 January" in a pack dated 2 June 2020 is 2020-01-14, held; "at its 25 May meeting …
/// will agree" in a pack dated 10 May 2022 is 2022-05-25, scheduled.
struct MeetingDating: Sendable {
    /// `attested`: "the minutes of the meeting held on …", "at its meeting held on …", "was discussed at the Board
    /// on …" — a meeting with minutes, or whose business is told as done, has been held, whatever the document's
    /// date (which may be a guess).
    enum Tense: Sendable, Equatable { case past, future, attested }

    /// The document's own date: when it was published, else the end of the period it reports on.
    let reference: PartialDate?

    init(report: ReportInfo) {
        reference = report.published ?? report.period?.end
    }

    init(reference: PartialDate?) {
        self.reference = reference
    }

    /// The date of `mention`, taking a missing year from the dates written beside it (`others`, in text order:
    /// the next one in the same sentence first — "7th June … 23rd June 2022" — then the one before), else from
    /// the reference date in the direction the tense points.
    func date(of n: Int, in years: YearNeighbours, sentenceEnd: Int, tense: Tense?) -> PartialDate? {
        let mention = years.mentions[n]
        if mention.year != nil { return mention.date() }
        if let next = years.next(n), next.start < sentenceEnd { return mention.date(defaultYear: next.year) }
        if let previous = years.previous(n), let year = previous.year, let borrowed = mention.date(defaultYear: year) {
            // "the minutes of the meeting held on 17 March 2011 … at the next meeting in March": a meeting to come
            // falls after the dated one it borrows its year from, so in the year after when its month is no later.
            if tense == .future, let earlier = previous.date(), !Self.before(earlier, borrowed) {
                return mention.date(defaultYear: year + 1)
            }
            return borrowed
        }
        return fromReference(month: mention.month, day: mention.day, tense: tense)
    }

    /// The year that puts "month/day" where the tense says, relative to the reference; nearest when no tense.
    func fromReference(month: Int, day: Int?, tense: Tense?) -> PartialDate? {
        guard let reference else { return nil }
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap {
            PartialDate(year: $0, month: month, day: day)
        }
        switch tense {
        case .future?: return candidates.first { !Self.before($0, reference) }
        case .past?, .attested?: return candidates.last { !Self.before(reference, $0) }
        case nil:
            return candidates.min { Self.distance($0, reference) < Self.distance($1, reference) }
        }
    }

    /// Held or scheduled: a written status wins, then a future tense ("are being presented"), then a past tense
    /// on the document's own date, then the date.
    func status(of date: PartialDate, tense: Tense?, written: Meeting.Status? = nil) -> Meeting.Status {
        if let written { return written }
        if tense == .future { return .scheduled }
        if tense == .attested { return .held }
        guard let reference else { return .held }
        // "the minutes of the meeting held on 20 September 2018" in a page dated that day: said to be held, and
        // not after the document's date. (A past cue before a later date is more likely "agreed to meet on".)
        if tense == .past, !Self.before(reference, date) { return .held }
        return Self.before(date, reference) ? .held : .scheduled
    }

    /// Strictly earlier, comparing only as far as both dates are known (June 2019 is not before 12 June 2019).
    static func before(_ a: PartialDate, _ b: PartialDate) -> Bool {
        if a.year != b.year { return a.year < b.year }
        guard let am = a.month, let bm = b.month else { return false }
        if am != bm { return am < bm }
        guard let ad = a.day, let bd = b.day else { return false }
        return ad < bd
    }

    private static func distance(_ a: PartialDate, _ b: PartialDate) -> Int {
        let da = a.year * 372 + (a.month ?? 6) * 31 + (a.day ?? 15)
        let db = b.year * 372 + (b.month ?? 6) * 31 + (b.day ?? 15)
        return abs(da - db)
    }
}

/// For each date of a text (in order), the nearest dates after and before it that carry a year, found in one
/// pass each way so that dating every mention stays linear.
struct YearNeighbours: Sendable {
    let mentions: [DateMention]
    private let nextIndex: [Int?]
    private let previousIndex: [Int?]

    init(_ mentions: [DateMention]) {
        self.mentions = mentions
        var next = [Int?](repeating: nil, count: mentions.count)
        var previous = [Int?](repeating: nil, count: mentions.count)
        var seen: Int?
        for i in stride(from: mentions.count - 1, through: 0, by: -1) {
            next[i] = seen
            if mentions[i].year != nil { seen = i }
        }
        seen = nil
        for i in mentions.indices {
            previous[i] = seen
            if mentions[i].year != nil { seen = i }
        }
        nextIndex = next
        previousIndex = previous
    }

    func next(_ i: Int) -> DateMention? { nextIndex[i].map { mentions[$0] } }
    func previous(_ i: Int) -> DateMention? { previousIndex[i].map { mentions[$0] } }
}
