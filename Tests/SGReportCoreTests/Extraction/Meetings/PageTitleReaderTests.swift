import Testing
@testable import SGReportCore

/// Council web pages of several meetings joined into one file: each page's title opens its own meeting.
@Suite struct PageTitleReaderTests {
    private func meetings(_ text: String) -> [Meeting] {
        let report = ReportInfo(title: nil, organisation: "Northshire Council", kind: .agenda, period: nil,
                                published: PartialDate(year: 2025, month: 1, day: 1))
        return MeetingExtractor.extract(from: structure(text), report: report)
    }

    private let twoPages = """
        Agenda and minutes

        Children and Families Scrutiny Committee - Monday 6th October, 2014 7.00 pm

        Venue: Rooms 5, 6 & 7, City Hall. View directions

        Items

        1.

        Membership

        2.

        Declarations of Interest

        Agenda and minutes

        Children, Sports and Leisure Policy and Scrutiny Committee - Monday 17th October, 2016 7.00 pm

        Venue: Committee Room 1, Town Hall

        Items

        COU156

        Public Participation

        COU157

        Minutes

        Minutes:

        RESOLVED: That the minutes of the meeting held on 20 July 2016 be approved.
        """

    @Test func eachPageTitleOpensAMeetingWithItsTimeAndVenue() throws {
        let found = meetings(twoPages)
        let second = try #require(found.first { $0.date.iso == "2016-10-17" })
        #expect(second.body == "Children, Sports and Leisure Policy and Scrutiny Committee")
        #expect(second.time == "19:00")
        #expect(second.location == "Committee Room 1, Town Hall")
        #expect(second.line == 19)
    }

    @Test func aPagesItemsStayOnItsOwnMeeting() throws {
        let found = meetings(twoPages)
        let first = try #require(found.first { $0.date.iso == "2014-10-06" })
        let second = try #require(found.first { $0.date.iso == "2016-10-17" })
        #expect(first.agenda.map(\.title) == ["Membership", "Declarations of Interest"])
        // Minute codes ("COU156") number the second page's items; its minutes make it held.
        #expect(second.agenda.map(\.number) == ["COU156", "COU157"])
        #expect(second.status == .held)
        #expect(second.decisions.count == 1)
    }

    @Test func aDecisionsPageOpensTheMeetingThatMadeIt() throws {
        let text = """
            Agenda and minutes

            Children's Committee - Monday 21st November, 2011 7.00 pm

            Items

            1.

            Minutes

            Decisions

            22/04/2024 - Home to School Travel Policy ref: 500000638    Recommendations Approved

            Decision Maker: Education and Children's Services Committee

            Made at meeting: 22/04/2024 - Education and Children's Services Committee

            Decision published: 23/04/2024

            Decision:

            RESOLVED: that the Committee approved the amendment to the Home to School Travel Assistance Policy.
            """
        let found = meetings(text)
        let made = try #require(found.first { $0.date.iso == "2024-04-22" })
        #expect(made.body == "Education and Children's Services Committee")
        #expect(made.status == .held)
        #expect(made.decisions.count == 1)
        // The decision is no longer the 2011 page's.
        #expect(found.first { $0.date.iso == "2011-11-21" }?.decisions.isEmpty == true)
    }

    @Test func decidedAtMeetingIsMadeAtMeetingInOtherWords() throws {
        let text = "Decision details\n\nDecision Maker: Cabinet\n\nPublication date: 16/10/2018\n\nDecided at meeting: 16/10/2018 - Cabinet\n"
        let m = try #require(meetings(text).first)
        #expect(m.date.iso == "2018-10-16")
        #expect(m.body == "Cabinet")
        #expect(m.status == .held)
    }

    @Test func paragraphsOfAnItemsMinutesAndSpeakersAreNoItems() throws {
        let text = """
            Agenda and minutes

            Children's Committee - Monday 6th October, 2014 7.00 pm

            Items

            1.

            Membership

            Minutes:

            1.1       There were no changes to the Membership

            1.2       The Chairman welcomed Councillor Danny Chalkley

            2.

            Declarations of Interest

            Share this agenda point

            1. Cllr Brian Allinson

            2. Officer9
            """
        let m = try #require(meetings(text).first)
        #expect(m.agenda.map(\.title) == ["Membership", "Declarations of Interest"])
    }

    @Test("the words after a title's time are no place when they are the site's name or a page number", arguments: [
        "Council - Wednesday 16 October 2019, 7:00pm - Timeline Tab - South Gloucestershire Council Webcasting",
        "Children's Panel - Monday 4 August 2008 7.00 pm iv",
    ])
    func noPlaceFromATitlesTail(title: String) throws {
        let m = try #require(meetings("Agenda and minutes\n\n" + title + "\n\nItems\n").first)
        #expect(m.time == "19:00")
        #expect(m.location == nil)
    }

    @Test("a title needs a weekday and a time after a body's name", arguments: [
        "Annual Report - March 2024",
        "Children's Scrutiny Committee - 17th October 2016",
        "The panel met - Monday 17th October 2016, and agreed the plan.",
    ])
    func notATitle(line: String) {
        let block = Block(kind: .paragraph, text: line, line: 1, continuations: [], enumerator: nil, body: line, depth: 0,
                          cells: [], emphasised: false, linksDocument: false)
        #expect(PageTitleReader.title(block) == nil)
    }
}
