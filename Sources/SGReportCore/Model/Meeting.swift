/// One dated meeting: the Children and Families Overview and Scrutiny Panel, 2022-05-10 at 14:00, County Hall.
public struct Meeting: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable { case held, scheduled, postponed, cancelled, rescheduled }

    public let body: String?
    public let date: PartialDate
    /// 24-hour "14:00", or nil.
    public let time: String?
    public let location: String?
    public let status: Status
    public let agenda: [AgendaItem]
    public let present: [String]
    public let apologies: [String]
    public let decisions: [String]
    public let line: Int

    public init(
        body: String?, date: PartialDate, time: String? = nil, location: String? = nil, status: Status,
        agenda: [AgendaItem] = [], present: [String] = [], apologies: [String] = [], decisions: [String] = [],
        line: Int
    ) {
        self.body = body
        self.date = date
        self.time = time
        self.location = location
        self.status = status
        self.agenda = agenda
        self.present = present
        self.apologies = apologies
        self.decisions = decisions
        self.line = line
    }
}

/// One item of business: `AgendaItem(number: "5", title: "GET SAFE and GET THERE", pages: "1 - 30")`.
public struct AgendaItem: Sendable, Equatable {
    public let number: String?
    public let title: String
    public let pages: String?

    public init(number: String?, title: String, pages: String?) {
        self.number = number
        self.title = title
        self.pages = pages
    }
}
