@testable import SGReportCore

/// Small documents built from the model's inits, shared by the rendering tests.
enum RenderingSamples {
    static func date(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> PartialDate { PartialDate(year: y, month: m, day: d)! }

    static let report = ReportInfo(
        title: "Walsall Safeguarding Children Partnership Annual Report 2019-20",
        organisation: "Walsall Safeguarding Children Partnership", kind: .annualReport,
        period: Period(label: "2019-20", start: date(2019, 4, 1), end: date(2020, 3, 31)),
        published: date(2020, 9, 30)
    )

    static let sections = [
        Section(number: "1", title: "Introduction and New Arrangements", level: 1, line: 40),
        Section(number: "2", title: "Local Context / Our Year in Figures", level: 1, line: 120),
        Section(number: "3", title: "Progress against our 2019-2020 Priorities", level: 1, line: 300),
        Section(number: "3.2", title: "Monitoring Effectiveness", level: 2, line: 352),
        Section(number: "4", title: "Our 4th Partner", level: 1, line: 500),
    ]

    static let rereferrals = Metric(
        label: "re-referrals within 12 months", value: 24, unit: .percent, period: "2019-20",
        previous: PreviousValue(value: 19, period: "2018-19"),
        comparators: [Comparator(name: "England", value: 21), Comparator(name: "statistical neighbours", value: 18)],
        section: "Local Context / Our Year in Figures", line: 176,
        text: "24% of referrals were re-referrals, up from 19% in 2018-19 (England 21%)."
    )
    static let budget = Metric(
        label: "partnership budget", value: 1_200_000, unit: .currency, currency: "GBP",
        section: "Budget", line: 900, text: "The budget was £1,200,000."
    )
    static let contacts = Metric(
        label: "contacts to the MASH", value: 10178, unit: .count, qualifier: .over,
        section: "Local Context / Our Year in Figures", line: 150, text: "Over 10,178 contacts were made to the MASH."
    )
    static let rate = Metric(
        label: "children in need rate", value: 65.3, unit: .rate, per: 10000, line: 160, text: "65.3 per 10,000"
    )

    static let priorities = [
        Priority(
            number: "1", title: "Neglect", scope: .current, status: .green,
            actions: ["Roll out the neglect toolkit"], progress: ["Toolkit used in 80% of cases"],
            section: "Progress against our 2019-2020 Priorities", line: 310),
        Priority(number: "2", title: "Exploitation", scope: .next, line: 320),
    ]

    static let meetings = [
        Meeting(
            body: "Children and Families Panel", date: date(2022, 5, 10), time: "14:00", location: "County Hall",
            status: .scheduled, agenda: [AgendaItem(number: "5", title: "GET SAFE", pages: "1 - 30")], line: 12),
        Meeting(body: "Children and Families Panel", date: date(2022, 3), status: .held, decisions: ["Noted"], line: 80),
    ]

    static let attendance = [
        Attendance(body: "Board", name: "Derek Benson", role: "Independent Chair", attended: 4, possible: 4, percent: 100, line: 880),
        Attendance(body: "Board", name: "Jo Bloggs", role: "Education", attended: 1, possible: 4, percent: nil, line: 881),
    ]

    static let full = Document(
        report: report, sections: sections, metrics: [contacts, rate, rereferrals, budget], priorities: priorities,
        meetings: meetings, attendance: attendance,
        warnings: [DocumentWarning(line: 12, message: "invalid UTF-8 decoded as Windows-1252")],
        stats: InputStats(bytes: 81268, lines: 894)
    )

    static let empty = Document(report: .empty)

    static func sourced(_ document: Document = full, _ source: String = "reports/walsall-2019-20.txt") -> SourcedDocument {
        SourcedDocument(source: source, document: document)
    }
}
