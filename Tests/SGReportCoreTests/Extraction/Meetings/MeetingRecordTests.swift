import Testing
@testable import SGReportCore

/// A meeting's own notes or minutes name it with labelled cover lines, as an agenda does; the meeting is held
/// when the document goes on to record it. Synthetic documents in the templates boards use.
@Suite struct MeetingRecordTests {
    @Test func aNotesTemplateNamesItsMeetingAndRecordsIt() throws {
        let text = """
            Northshire Board meeting

            Meeting Title: Northshire Safeguarding Children Board Meeting

            Date: 14 March 2019

            Time: 10am 12pm

            Location: Civic Offices, Northtown

            Points of discussion

            1) Introductions and apologies

            The Board noted the apologies received.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2019-03-14")
        #expect(m.status == .held)
        #expect(m.body == "Northshire Safeguarding Children Board")
        #expect(m.time == "10:00")
        #expect(m.location == "Civic Offices, Northtown")
        #expect(m.line == 5)
    }

    @Test func aDateUnderItsLabelIsRead() throws {
        let text = """
            Northshire Safeguarding Children Board meeting – 3rd June 2015

            Date of Meeting:

            3rd June 2015

            Key Points Discussed:

            - The Board agreed its budget for the year.

            Date of Next Meeting: 9th September 2015
            """
        let found = document(text).meetings
        #expect(found.map(\.date.iso) == ["2015-06-03", "2015-09-09"])
        #expect(found.map(\.status) == [.held, .scheduled])
        #expect(found.first?.line == 1)  // the title names it first
    }

    @Test func aCoverSheetMeetingWithNoRecordKeepsItsDatedStatus() throws {
        let text = """
            Children's Services Progress Update

            Meeting: Children and Young People Scrutiny Committee

            Date of meeting: 10 May 2022

            1. Purpose of the report

            This report updates the committee on the improvement plan.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.body == "Children and Young People Scrutiny Committee")
        #expect(m.status == .scheduled)
    }

    @Test func aReportToACommitteeNamesItsMeetingsBody() throws {
        let text = """
            Report to: Children and Young People Scrutiny Committee

            Date of meeting: 10 May 2022

            1. Purpose

            This report updates the committee.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.body == "Children and Young People Scrutiny Committee")
    }

    @Test(arguments: [
        ("Minutes of the Previous Children's Scrutiny Panel held on 15 September 2025", "Children's Scrutiny Panel"),
        ("Minutes of Previous Meeting held on 3 June 2024", nil),
    ])
    func minutesOfThePreviousMeetingNameTheBodyOnly(heading: String, body: String?) throws {
        let m = try #require(document(heading + "\n\nPresent: Councillor A Smith\n").meetings.first)
        #expect(m.body == body)
    }

    @Test func aDatedCoverWithoutAMeetingIsNoMeeting() {
        let text = """
            Northshire Safeguarding Children Partnership Annual Report

            Date: 30 September 2021

            Present: the Partnership's work over the year.
            """
        #expect(document(text).meetings.isEmpty)
    }

    @Test func anAgendaAndMinutesPageRecordsAHeldMeeting() throws {
        let text = """
            Agenda and minutes

            Corporate Parenting Panel
            Tuesday, 8th March, 2016 6.30 pm

            Venue: Town Hall, Northtown

            1.

            Apologies for absence

            Apologies for absence were received from Councillor Jane Doe.

            RESOLVED: That the minutes of the last meeting be agreed.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2016-03-08")
        #expect(m.status == .held)
    }

    @Test func aMeetingDocumentsPageWhoseMinutesListApologiesIsHeld() throws {
        let text = """
            Meeting documents

            Northshire County Council County Council
            Thursday, 21st July, 2016 10.00 am

            Venue: Council Chamber, County Hall

            Items
            No. Item

            60.

            Apologies for Absence

            Minutes:

            Apologies for absence were received from Councillors Richard Biggs and Lesley Dedman.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2016-07-21")
        #expect(m.status == .held)
        #expect(m.apologies == ["Councillor Richard Biggs", "Councillor Lesley Dedman"])
    }

    @Test func thePreviousMeetingsMinutesLineOnAPageLeavesTheDecisionToThePagesMeeting() throws {
        let text = """
            Agenda and minutes

            Overview and Scrutiny Committee - Tuesday, 18th March, 2025 6.30 pm

            Venue: Committee Room, Town Hall

            Items

            52.

            Minutes of the Previous Meeting

            Minutes of the meeting held on 28 January 2025.

            Minutes:

            RESOLVED: That the Minutes of the meeting held on 28 January 2025 be confirmed as a correct record.

            53.

            Safeguarding Children Partnership Annual Report
            """
        let found = document(text).meetings
        let own = try #require(found.first { $0.date.iso == "2025-03-18" })
        #expect(own.status == .held)
        #expect(own.decisions == ["That the Minutes of the meeting held on 28 January 2025 be confirmed as a correct record."])
        #expect(own.agenda.map(\.number) == ["52", "53"])
        #expect(found.first { $0.date.iso == "2025-01-28" }?.decisions.isEmpty == true)
    }

    @Test("a page heading's last word after a comma or a spaced dash, or a notice under it, marks a meeting that did not go ahead", arguments: [
        (", MOVED", "", Meeting.Status.rescheduled), (", CANCELLED", "", .cancelled), (", Postponed", "", .postponed),
        (" - POSTPONED", "", .postponed), ("", "This meeting has been cancelled.\n\n", .cancelled), ("", "POSTPONED\n\n", .postponed),
    ])
    func aHeadingSuffixGivesTheStatus(suffix: String, notice: String, status: Meeting.Status) throws {
        let text = "Agenda and minutes\n\nChildren's Scrutiny Sub-Committee - Tuesday 25 January 2022 7.00 pm\(suffix)\n\n\(notice)Venue: Town Hall\n"
        let m = try #require(document(text).meetings.first)
        #expect(m.status == status)
        #expect(m.time == "19:00")
    }

    @Test func aPageTitledAgendaThatMinutesItsItemsRecordsAHeldMeeting() throws {
        let text = """
            Agenda for Children & Young People's Overview & Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm

            Proposed venue: Council Chamber, Hove Town Hall

            Items
            No. Item

            1.

            PROCEDURAL BUSINESS

            Minutes:

            1.1 There were no declarations of interest.

            2.

            MINUTES OF THE PREVIOUS MEETING

            Minutes:

            2.1 RESOLVED - That the minutes of the meeting held on 1 April 2008 be approved.
            """
        let m = try #require(document(text).meetings.first { $0.date.iso == "2008-06-25" })
        #expect(m.status == .held)
        #expect(m.decisions == ["That the minutes of the meeting held on 1 April 2008 be approved."])
    }

    @Test func anAgendaPackCarryingTheLastMeetingsMinutesStaysScheduled() throws {
        let text = """
            Agenda for Children & Young People's Overview & Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm

            1. Minutes of the previous meeting (Pages 1 - 4)

            Minutes of the meeting of the Children & Young People's Overview & Scrutiny Committee held on 1 April 2008

            RESOLVED - That the report be noted.
            """
        let m = try #require(document(text).meetings.first { $0.date.iso == "2008-06-25" })
        #expect(m.status == .scheduled)
    }

    @Test func aWebPageHeadingNamesBodyDateAndTimeOnOneLine() throws {
        let text = """
            Agenda and draft minutes

            Children's Scrutiny Panel - Wednesday 6th December 2023 11.00 am

            Venue: Room 4, Civic Centre

            Apologies for absence were received from Councillor Jane Doe.

            Resolved – That the minutes of the meeting of this panel held on 3 November 2023 be signed.
            """
        let meetings = document(text).meetings
        let m = try #require(meetings.first { $0.date.iso == "2023-12-06" })
        #expect(m.body == "Children's Scrutiny Panel")
        #expect(m.time == "11:00")
        #expect(m.location == "Room 4, Civic Centre")
        #expect(m.status == .held)
        #expect(meetings.contains { $0.date.iso == "2023-11-03" && $0.status == .held })
    }

    @Test func aWebPagesItemsAreNumberLinesWithTitlesUnderThem() throws {
        let text = """
            Agenda and minutes

            Children's Select Committee - Wednesday 25th September, 2024 5.00 pm

            Venue: Room 1, Civic Centre

            Items
            No. Item

            CYP/15/24

            Evacuation Procedure pdf icon PDF 9 KB

            Minutes:

            The evacuation procedure was noted.

            4.

            Apologies for absence

            Minutes:

            Apologies for absence were received from Cllr A Smith.

            CYP/17/24

            Minutes pdf icon PDF 100 KB

            Minutes:

            AGREED that the minutes of the meeting held on 17 July 2024 be confirmed.
            """
        let m = try #require(document(text).meetings.first { $0.date.iso == "2024-09-25" })
        #expect(m.status == .held)
        #expect(m.agenda == [
            AgendaItem(number: "CYP/15/24", title: "Evacuation Procedure", pages: nil),
            AgendaItem(number: "4", title: "Apologies for absence", pages: nil),
            AgendaItem(number: "CYP/17/24", title: "Minutes", pages: nil),
        ])
        #expect(m.decisions == ["that the minutes of the meeting held on 17 July 2024 be confirmed."])
        #expect(m.apologies == ["Cllr A Smith"])
    }

    @Test func theLastMeetingInACommitteesOwnPapersIsTheCommittees() throws {
        let text = """
            Agenda

            Children's Select Committee - Wednesday 25th September, 2024 5.00 pm

            1. Minutes

            To approve the minutes of the last meeting held on 17 July 2024.
            """
        let earlier = try #require(document(text).meetings.first { $0.date.iso == "2024-07-17" })
        #expect(earlier.body == "Children's Select Committee")
        #expect(earlier.status == .held)
    }

    @Test func anAgendaPagesItemsGiveNoRecordBeforeTheMeeting() throws {
        let text = """
            Agenda

            Children's Select Committee - Wednesday 25th September, 2024 5.00 pm

            Items

            1.

            Apologies for absence

            RESOLVED: That the budget be approved.
            """
        let m = try #require(document(text).meetings.first { $0.date.iso == "2024-09-25" })
        #expect(m.agenda.map(\.title) == ["Apologies for absence"])
        #expect(m.status == .scheduled)
        #expect(m.decisions.isEmpty)
    }

    @Test func aWebPageTitledAgendaForABodyOnADate() throws {
        let text = """
            Agenda for Children & Young People's Overview & Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm

            Proposed venue: Council Chamber, Northtown Town Hall. View directions

            1. Procedural business
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2008-06-25")
        #expect(m.body == "Children & Young People's Overview & Scrutiny Committee")
        #expect(m.time == "17:00")
        #expect(m.location == "Council Chamber, Northtown Town Hall")
    }

    @Test func aBodyAboveALabelledDateTimeAndPlaceIsAMeetingsCover() throws {
        let text = """
            Councillors and Decision Making

            Children & Young People Scrutiny Committee

            Date: Monday 24 January 2011

            Time: 4:30 PM

            Location: The Reception Suite, Civic Offices, Northtown
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2011-01-24")
        #expect(m.body == "Children & Young People Scrutiny Committee")
        #expect(m.time == "16:30")
        #expect(m.location == "The Reception Suite, Civic Offices, Northtown")
    }

    @Test func aChairsLineAboveTheDateIsNoBody() throws {
        let text = """
            Northshire Safeguarding Children Board

            Chairperson: Ian Ansell

            Date: 14th December 2017

            Venue: Northtown Library, Northtown
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2017-12-14")
        #expect(m.body == "Northshire Safeguarding Children Board")
    }

    @Test func anItemHistoryPagesFirstMeetingIsLabelledWithItsDateThenItsBody() throws {
        let text = """
            Issue - meetings

            Northshire Safeguarding Children Partnership Annual Report 2019-20

            Meeting: 21/10/2020 - Cabinet (Item 6)

            Decision:

            1. To note the work of the partnership over the year 2019-20.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2020-10-21")
        #expect(m.body == "Cabinet")
        #expect(m.location == nil)
        #expect(m.status == .held)
    }

    @Test func aStatusNoticeUnderTheNextMeetingIsNotThisOnes() throws {
        let text = "Issue - meetings\n\nMeeting: 21/10/2020 - Cabinet (Item 6)\n\nMeeting: 28/10/2020 - Council (Item 9)\n\nPOSTPONED\n"
        let m = try #require(document(text).meetings.first { $0.date.iso == "2020-10-21" })
        #expect(m.status != .postponed)
    }

    @Test func aReportCoverWithADateButNoTimeOrPlaceIsNoMeeting() {
        let text = "Northshire Safeguarding Children Partnership\n\nAnnual Report\n\nDate: 12 June 2020\n\nAuthor: Business Unit\n"
        #expect(document(text).meetings.isEmpty)
    }

    @Test func aTableCoverPairsLabelsAndValuesAlongItsRows() throws {
        let text = """
            Meeting\tNORTHSHIRE SAFEGUARDING CHILDREN'S BOARD\tVenue\tROOM 2 CIVIC OFFICES
            Date\tTUESDAY 9TH JUNE 2009\tStart Time 9.00AM\tFinish Time 12.00NOON
            Present\tC Baker, R Backhouse, C Barson

            No.\tItem\tAction
            1\tApologies\tB Jones, P Davis
            """
        let m = try #require(document(text).meetings.first { $0.date.iso == "2009-06-09" })
        #expect(m.body == "NORTHSHIRE SAFEGUARDING CHILDREN'S BOARD")
        #expect(m.location == "ROOM 2 CIVIC OFFICES")
        #expect(m.time == "09:00")
    }

    @Test func aDashedLineWithoutABodyIsNoMeetingHeading() {
        #expect(AgendaReader.bodyBeforeDate("Item 5 - Wednesday 6th December 2023") == nil)
        #expect(AgendaReader.bodyBeforeDate("Corporate Parenting Board – 6 December 2023")?.0 == "Corporate Parenting Board")
    }

    @Test("a caption's trailing words are no part of the body's name", arguments: [
        ("Board membership and attendance 2019/20", "Board"),
        ("Attendance at Leadership Group meetings", "Leadership Group"),
    ])
    func bodyNameFromCaption(caption: String, body: String) {
        #expect(BodyName.from(caption) == body)
    }
}

@Suite struct MinutesHeadingTests {
    @Test func aCapitalisedMinutesHeadingGivesBodyTimeAndPlaceAfterTheTimes() throws {
        let text = """
            MINUTES OF THE NORTHSHIRE LOCAL SAFEGUARDING BOARD MEETING 26th January 2017 1.45pm to 4.45pm Council Chamber, Civic Offices, Northtown

            Attended: Jane Doe (Independent Chair), Amy Lee, Ben Ray

            Apologies: Carl Fox, Dee Ng
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.body == "NORTHSHIRE LOCAL SAFEGUARDING BOARD")
        #expect(m.date.iso == "2017-01-26")
        #expect(m.time == "13:45")
        #expect(m.location == "Council Chamber, Civic Offices, Northtown")
        #expect(m.present == ["Jane Doe (Independent Chair)", "Amy Lee", "Ben Ray"])
        #expect(m.apologies == ["Carl Fox", "Dee Ng"])
        #expect(m.status == .held)
    }

    @Test func aPlaceAfterTheTimeLosesItsPreposition() throws {
        let text = "Minutes of the Northshire Safeguarding Children Board held on Thursday 9 March 2017 at 2.00 pm at County Hall\n\nPresent: Jane Doe, Amy Lee\n"
        let m = try #require(document(text).meetings.first)
        #expect(m.body == "Northshire Safeguarding Children Board")
        #expect(m.location == "County Hall")
    }

    @Test("minutes of 'the meeting' take their body from the title above", arguments: [
        ("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", "CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE"),
        ("Children's Scrutiny Panel Minutes", "Children's Scrutiny Panel"),
    ])
    func minutesOfTheMeetingTakeTheTitleAbove(title: String, body: String) throws {
        let text = "\(title)\n\nMinutes of the meeting held on Tuesday 14 March 2023 at 6.00 pm in the Council Chamber\n\nPresent: Councillors J Smith (Chair) and A Brown\n"
        let m = try #require(document(text).meetings.first)
        #expect(m.body == body)
        #expect(m.date.iso == "2023-03-14")
        #expect(m.present == ["Councillor J Smith (Chair)", "Councillor A Brown"])
    }

    @Test("minutes naming no body, under no title, have none", arguments: [
        "Minutes of the meeting held on Tuesday 14 March 2023 at 6.00 pm",
        "Minutes of the Meeting Held on 30 November 2022 pdf icon PDF 290 KB",
        "Minutes of an Extraordinary Meeting held on Tuesday 14 March 2023",
        "To receive the report of the Fostering Panel\n\nMinutes of the meeting held on Tuesday 14 March 2023",
    ])
    func minutesNamingNoBodyHaveNone(text: String) throws {
        let m = try #require(document(text + "\n\nPresent: Jane Doe, Amy Lee\n").meetings.first)
        #expect(m.body == nil)
    }

    @Test("a notice of meeting names its date, time, place and items", arguments: [
        "Notice of a meeting to be held on Tuesday 14 March 2023 at 10.00 am in the Council Chamber, Shire Hall, Hereford",
        "A meeting of the Children and Young People Scrutiny Committee will be held on Tuesday 14 March 2023 at 10.00 am in the Council Chamber, Shire Hall, Hereford",
    ])
    func noticeOfMeeting(notice: String) throws {
        let text = """
            Children and Young People Scrutiny Committee

            \(notice)

            Agenda

            1. Apologies for absence

            2. Declarations of interest

            3. Safeguarding Partnership Annual Report 2021-22
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2023-03-14")
        #expect(m.time == "10:00")
        #expect(m.status == .scheduled)
        #expect(m.body == "Children and Young People Scrutiny Committee")
        #expect(m.location == "the Council Chamber, Shire Hall, Hereford")
        #expect(m.agenda.map(\.title) == ["Apologies for absence", "Declarations of interest", "Safeguarding Partnership Annual Report 2021-22"])
    }

    @Test func aNextMeetingInAnAnnualReportIsNoNotice() {
        let text = """
            Safeguarding Partnership Annual Report 2021-22

            The Partnership met four times during the year. The next meeting of the Board will be held on 5 May 2023.
            """
        #expect(document(text).meetings.allSatisfy { $0.line != 3 || $0.agenda.isEmpty })
        #expect(AgendaReader.notice("The next meeting of the Board will be held on 5 May 2023.") == nil)
    }

    @Test func minutesHeadedByTheBodyAndDateWithTheRollUnderIt() throws {
        let text = """
            Children and Young People Scrutiny Panel – 21 March 2011

            PRESENT: Councillor Wilson in the chair.

            Councillors Bainbridge, Cawsey and Whiteley.

            Statutory Co-opted Members: Mrs A Dunkerley and Mr W Egan.

            The panel met at Pittwood House, Scunthorpe.

            Resolved – (a) That members be thanked, and (b) that the report be approved.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2011-03-21")
        #expect(m.status == .held)
        #expect(m.body == "Children and Young People Scrutiny Panel")
        #expect(m.location == "Pittwood House, Scunthorpe")
        #expect(m.present == [
            "Councillor Wilson (Chair)", "Councillor Bainbridge", "Councillor Cawsey", "Councillor Whiteley", "Mrs A Dunkerley", "Mr W Egan",
        ])
        #expect(m.decisions == ["(a) That members be thanked, and (b) that the report be approved."])
    }

    @Test func aSummonsWithItsLabelsAndValuesOnSeparateLines() throws {
        let text = """
            Notice of a public meeting of

            Children, Education & Communities Policy & Scrutiny Committee

            To:

            Councillors D Taylor (Chair), Webb (Vice-Chair) and Hollyer

            Date:

            Tuesday, 25 June 2019

            Time:

            5.30 pm

            Venue:

            The Craven Room - Ground Floor, West Offices (G048)

            A G E N D A

            1. Declarations of Interest

            2. Minutes
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2019-06-25")
        #expect(m.status == .scheduled)
        #expect(m.body == "Children, Education & Communities Policy & Scrutiny Committee")
        #expect(m.time == "17:30")
        #expect(m.location == "The Craven Room - Ground Floor, West Offices (G048)")
        #expect(m.agenda.map(\.title) == ["Declarations of Interest", "Minutes"])
    }

    @Test func aSummonsWithoutLabels() throws {
        let text = """
            Notice of a public meeting of

            Corporate Parenting Board

            Councillors Fitzpatrick, Heaton and D Taylor

            Tuesday, 4 June 2019

            5.30 pm

            The Thornton Room - Ground Floor, West Offices (G039)
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2019-06-04")
        #expect(m.status == .scheduled)
        #expect(m.body == "Corporate Parenting Board")
        #expect(m.time == "17:30")
        #expect(m.location == "The Thornton Room - Ground Floor, West Offices (G039)")
    }

    @Test func aWebPagesResolutionUnderItsMarkerAndItsApologiesSentence() throws {
        let text = """
            Agenda and minutes

            Corporate Parenting Committee - Tuesday, 10th January, 2023 2.00 pm

            Items
            No. Item

            57.

            Apologies for Absence

            Minutes:

            Apologies were received from Cllr Bailey and Cllr Handley. Cllr Puddicombe attended as a substitute.

            58.

            Minutes of Previous meeting (Pages 1 - 6)

            Minutes:

            RESOLVED:

            That the minutes of the meeting held on 1 November 2022 be agreed as a correct record.
            """
        let m = try #require(document(text).meetings.first { $0.date.iso == "2023-01-10" })
        #expect(m.apologies == ["Cllr Bailey", "Cllr Handley"])
        #expect(m.decisions == ["That the minutes of the meeting held on 1 November 2022 be agreed as a correct record."])
        #expect(m.agenda.last == AgendaItem(number: "58", title: "Minutes of Previous meeting", pages: "1 - 6"))
    }

    @Test("pages after an item's title, with or without parentheses", arguments: [
        ("Minutes (Pages 1 - 6)", "Minutes", "1 - 6"), ("Minutes Pages 1 - 6", "Minutes", "1 - 6"),
        ("Annual Report Page 7", "Annual Report", "7"), ("Pages of the past", "Pages of the past", nil),
    ] as [(String, String, String?)])
    func itemPages(heading: String, title: String, pages: String?) {
        #expect(MinutesReader.item(number: "2", heading: heading) == AgendaItem(number: "2", title: title, pages: pages))
    }
}

/// Minutes titled "<Body> Minutes" over "Date:" / "Time:" / "Place:" (modern.gov's minutes page): the cover names
/// the meeting, and who was present, the apologies and the conclusions follow it as in minutes headed "Minutes of".
@Suite struct CoveredMinutesTests {
    private let text = """
        Northshire Borough Council

        Children & Young People Select Committee Minutes

        Date:
        Wednesday, 14th April, 2010
        Time:
        4.30pm
        Place:
        First Floor Committee Room, Town Hall, Northtown

        Present:
        Cllr Anne Harris (Chairman), Cllr Mrs Joan Bell, Cllr Dick Owen, Cllr Julia Marsh (vice Cllr Sam Kerr)
        Officers:
        Peter Lane, Fiona Shaw (LD); Terry Hart, Paul Moss (CESC)
        Apologies for absence:
        were submitted on behalf of Cllr Brown, Cllr Inman, Cllr Kerr.

        YOUTH SERVICE REVIEW
        CONCLUDED that the information received be noted.

        WORK PROGRAMME
        CONCLUDED that the Work Programme be noted.
        """

    @Test func theCoverNamesTheMeetingWithoutThePapersKind() throws {
        let m = try #require(document(text).meetings.first)
        #expect(m.body == "Children & Young People Select Committee")
        #expect(m.date.iso == "2010-04-14")
        #expect(m.status == .held)
        #expect(m.time == "16:30")
    }

    @Test func theRecordUnderTheCoverIsRead() throws {
        let m = try #require(document(text).meetings.first)
        #expect(m.present == [
            "Cllr Anne Harris (Chairman)", "Cllr Mrs Joan Bell", "Cllr Dick Owen", "Cllr Julia Marsh (vice Cllr Sam Kerr)",
            "Peter Lane", "Fiona Shaw (LD)", "Terry Hart", "Paul Moss (CESC)",
        ])
        #expect(m.apologies == ["Cllr Brown", "Cllr Inman", "Cllr Kerr"])
        #expect(m.decisions == ["that the information received be noted.", "that the Work Programme be noted."])
    }

    @Test("a resolution's parts numbered in turn are all its own", arguments: [
        ("RESOLVED:\n(a) That the report be noted.\n(b) That the priorities be agreed.", "(a) That the report be noted. (b) That the priorities be agreed."),
        ("RESOLVED –\n(1) That the report be noted;\n(2) That the priorities be agreed.", "(1) That the report be noted; (2) That the priorities be agreed."),
        ("AGREED:\n1. That the report be noted.\n2. That the priorities be agreed.", "1. That the report be noted. 2. That the priorities be agreed."),
        ("RESOLVED – (a) That the work programme be noted.\n\n(b) That a Quad of Aims be produced.", "(a) That the work programme be noted. (b) That a Quad of Aims be produced."),
    ])
    func numberedParts(resolution: String, decision: String) throws {
        let text = "Minutes of the Health and Wellbeing Board held on 13 June 2024\n\n" + resolution + "\n"
        #expect(try #require(document(text).meetings.first).decisions == [decision])
    }

    @Test func aFlattenedTablesCellSeparatorIsNoPartOfALabelledValue() throws {
        let text = "Swansea Local Safeguarding Children Board\nDate: / 9 September 2008\nVenue: / Committee Room 2, Guildhall |\nTime: / 2.00pm - 4.00pm\n"
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2008-09-09")
        #expect(m.location == "Committee Room 2, Guildhall")
        #expect(m.time == "14:00")
    }

    @Test func aThatLeadInLosesItsColon() throws {
        let text = "Minutes of the Health and Wellbeing Board held on 13 June 2024\n\nRESOLVED that:\n(a) the report be noted;\n(b) the priorities be agreed.\n"
        #expect(try #require(document(text).meetings.first).decisions == ["That (a) the report be noted; (b) the priorities be agreed."])
    }

    @Test func anItemNumberedOutOfTurnIsNoPartOfTheResolution() throws {
        let text = "Minutes of the Health and Wellbeing Board held on 13 June 2024\n\nRESOLVED:\n(a) That the report be noted.\n\n5. Work Programme\n"
        #expect(try #require(document(text).meetings.first).decisions == ["(a) That the report be noted."])
    }

    @Test("minutes headed in other forms open a record", arguments: [
        ("MINUTES OF THE CORPORATE PARENTING PANEL\nHELD ON THURSDAY, 25 MAY 2017 AT 4.00 PM", "CORPORATE PARENTING PANEL", "2017-05-25"),
        ("Minute of Meeting of the Children and Families Committee held in the Town House, Montrose on Friday 28 February 1997 at 9.00 am.",
         "Children and Families Committee", "1997-02-28"),
        ("Minutes from the 7 January 2020 meeting of the National Child Protection Leadership Group.", "National Child Protection Leadership Group", "2020-01-07"),
        ("Minutes of the Education, Children and Families Committee held on 5 March 2024", "Education, Children and Families Committee", "2024-03-05"),
    ])
    func otherMinutesHeadings(heading: String, body: String, date: String) throws {
        let m = try #require(document(heading + "\n\nPRESENT: Councillors A Smith and B Jones\n").meetings.first)
        #expect(m.body == body)
        #expect(m.date.iso == date)
        #expect(m.status == .held)
        #expect(m.present == ["Councillor A Smith", "Councillor B Jones"])
    }

    @Test("a minutes heading's place is the venue alone", arguments: [
        ("Minutes of the Corporate Parenting Panel held at County Hall, Trowbridge, on Thursday, 25 May 2017", "County Hall, Trowbridge"),
        ("Minutes of the Corporate Parenting Panel held on Thursday, 25 May 2017 at County Hall", "County Hall"),
    ])
    func venueAlone(heading: String, place: String) throws {
        #expect(try #require(document(heading + "\n\nPresent: Jane Doe, Amy Lee\n").meetings.first).location == place)
    }

    @Test func anItemPuttingTheLastMinutesForApprovalOpensNoRecord() {
        let text = "4.1\n\nMinute of the Education, Children and Families Committee of 21 November 2024 - submitted for approval as a correct record\n\n5. Forward Planning\n"
        #expect(document(text).meetings.allSatisfy { $0.agenda.isEmpty })
    }

    @Test func minutesOfAMonthsMeetingTellItHeld() throws {
        let m = try #require(document("Minutes of the March 2024 meeting of the Corporate Parenting Panel.").meetings.first)
        #expect(m.status == .held)
    }

    @Test("a council page's title of any length is no part of the body", arguments: ["Agenda and minutes", "Agenda and decisions"])
    func pageTitleIsNoBody(title: String) throws {
        let text = "\(title)\n\nCabinet\nMonday, 26th November, 2007 10.00 am\n"
        #expect(try #require(document(text).meetings.first).body == "Cabinet")
    }

    @Test func theChairsSignatureDateIsNoMeeting() {
        let text = "Minutes of the Children's Scrutiny Committee held on 5 December 2022\n\nRESOLVED that the report be noted.\n\nThe meeting ended at 4.30 pm\n\nDate: 12 January 2023\n"
        #expect(document(text).meetings.map(\.date.iso) == ["2022-12-05"])
    }

    @Test("a date that ends a wrapped sentence is no agenda's meeting", arguments: [
        "Agenda\n\nMembers should read the agenda.\nThe report was published\n18 June 2024 and circulated.\n",
        "Agenda\n\nAll submissions must be emailed in full to the clerk\nby 8.30am on Tuesday\n18th June 2024. When submitting please note:\n",
    ])
    func wrappedSentenceDate(text: String) {
        #expect(document(text).meetings.allSatisfy { $0.date.iso != "2024-06-18" })
    }
}
