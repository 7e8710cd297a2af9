import Testing
@testable import SGReportCore

/// Forms of meeting record, each in a small synthetic document written in the genre's language.
@Suite struct MeetingExtractorTests {
    private func meetings(_ text: String, kind: ReportKind = .annualReport, published: PartialDate? = PartialDate(year: 2021, month: 9, day: 30)) -> [Meeting] {
        let report = ReportInfo(title: nil, organisation: "Northshire Safeguarding Children Partnership", kind: kind, period: nil, published: published)
        return MeetingExtractor.extract(from: structure(text), report: report)
    }

    private func dates(_ found: [Meeting]) -> [String] { found.map(\.date.iso) }

    // MARK: Status told by the words

    @Test("a meeting said to be held, or whose business is told as done, is held after the document's date", arguments: [
        "The report was acknowledged by the Executive Board during its meeting held on 8th February 2022.",
        "This information was discussed at the Executive Safeguarding Partnership Board on the 4th May 2022.",
        "The plan was presented to Cabinet on 15 May 2022.",
        "It was noted that the Cabinet had accepted the report at their meeting on 11 June 2022.",
    ])
    func toldAsDone(sentence: String) throws {
        let m = try #require(meetings("Report\n\n" + sentence + "\n").first)
        #expect(m.status == .held)
    }

    @Test func aPerfectTenseWithoutTheMeetingsBusinessLooksForward() throws {
        // Requesting is asking for business at a meeting still to come.
        let m = try #require(meetings("Report\n\nThe Board has requested an update at its meeting on 11 June 2022.\n").first)
        #expect(m.status == .scheduled)
    }

    @Test(arguments: [
        ("The notes would be approved at the next business meeting on 16 September 2022.", nil as String?),
        ("The first of these meetings will be held on 24 October 2022.", nil),
        ("The plan will go to full Council on 11 October 2022.", "full Council"),
    ])
    func aWordSayingWhichMeetingNamesNoBody(sentence: String, body: String?) throws {
        let m = try #require(meetings("Report\n\n" + sentence + "\n").first)
        #expect(m.body == body)
    }

    @Test(arguments: [
        ("The report was approved by Cabinet at its meeting on 14 October 2022.", "Cabinet"),
        ("The County Council resolved at its meeting on 5 May 2022 that remote meetings should continue.", "County Council"),
    ])
    func theBodyWhoseMeetingItIsComesBeforeAtIts(sentence: String, body: String) throws {
        let m = try #require(meetings("Report\n\n" + sentence + "\n").first)
        #expect(m.body == body)
        #expect(m.status == .held)
    }

    @Test func aSecondDoneVerbAfterAndSharesThePassive() throws {
        let found = meetings("Report\n\nThe Annual Report was agreed by the Corporate Parenting Panel at its meeting on 2 July 2022 and endorsed by Council at its meeting on 20 October 2022.\n")
        #expect(found.map(\.body) == ["Corporate Parenting Panel", "Council"])
        #expect(found.allSatisfy { $0.status == .held })
    }

    @Test func aNextMeetingFallsAfterTheDatedOneItBorrowsItsYearFrom() {
        let text = "Report\n\nThe minutes of the meeting held on 17 March 2021 were agreed. The panel will consider the report at its next meeting on 12 March."
        #expect(dates(meetings(text + "\n", published: nil)).contains("2022-03-12"))
        // A month after the dated one stays in its year.
        let later = "Report\n\nThe last progress meeting took place on 22 June 2022, and the next progress meeting is to take place in August."
        #expect(dates(meetings(later + "\n", published: nil)).contains("2022-08"))
    }

    @Test func aBodyMetOnADateHeldIt() throws {
        let m = try #require(meetings("Report\n\nThe Children, Young People and Education Scrutiny Committee met on 4 May 2022.\n").first)
        #expect(m.status == .held)
        // The comma of the list of capitalised words is the name's own.
        #expect(m.body == "Children, Young People and Education Scrutiny Committee")
    }

    @Test func thisPanelIsTheDocumentsOwnBody() throws {
        let text = "Agenda\n\nChildren's Scrutiny Panel\n\nTuesday 26th November 2024 9.30 am, Civic Centre\n\n"
            + "Resolved – That the minutes of the proceedings of this panel held on 23 October 2024 be taken as read.\n"
        let found = meetings(text, kind: .agenda, published: PartialDate(year: 2024, month: 11, day: 26))
        let earlier = try #require(found.first { $0.date.iso == "2024-10-23" })
        #expect(earlier.body == "Children's Scrutiny Panel")
        #expect(earlier.status == .held)
    }

    @Test("a past verb looking forward leaves a later meeting scheduled", arguments: [
        "The Board agreed that the report would go to Cabinet on 15 May 2022.",
        "The report is to be presented to Cabinet on 15 May 2022.",
    ])
    func lookingForward(sentence: String) throws {
        let m = try #require(meetings("Report\n\n" + sentence + "\n").first)
        #expect(m.status == .scheduled)
    }

    // MARK: An agenda's own meeting

    @Test func readsTheFrontPageOfAnAgendaOnOneLine() throws {
        let text = "Agenda\n\nHealth and Wellbeing Scrutiny Panel\n\nThursday, 3 March 2022, 10.30 am, Guildhall, Northtown\n\nAll members are invited to attend\n"
        let m = try #require(meetings(text, kind: .agenda, published: PartialDate(year: 2022, month: 3, day: 3)).first)
        #expect(m.body == "Health and Wellbeing Scrutiny Panel")
        #expect(m.date.iso == "2022-03-03")
        #expect(m.time == "10:30")
        #expect(m.location == "Guildhall, Northtown")
        #expect(m.status == .scheduled)
        #expect(m.line == 5)
    }

    @Test func readsALabelledFrontPageWithItsItems() throws {
        let text = """
            Schools forum

            Date: Wednesday 4 November 2020

            Time: 2.30 pm

            Place: Virtual meeting via Teams

            Agenda

            1.\t<p>APOLOGIES</p> <p>To receive apologies for absence.</p>
            2.\t<p>MINUTES</p> <p>To approve the minutes of the last meeting.</p>\t5 - 12
            3.\t<p>BUDGET UPDATE</p> <p>To note the update.</p>\t13 - 20

            4. ANY OTHER BUSINESS
            """
        let m = try #require(meetings(text, kind: .agenda, published: PartialDate(year: 2020, month: 11, day: 4)).first)
        #expect(m.body == "Schools forum")
        #expect(m.time == "14:30")
        #expect(m.location == "Virtual meeting via Teams")
        #expect(m.agenda == [
            AgendaItem(number: "1", title: "APOLOGIES", pages: nil),
            AgendaItem(number: "2", title: "MINUTES", pages: "5 - 12"),
            AgendaItem(number: "3", title: "BUDGET UPDATE", pages: "13 - 20"),
            AgendaItem(number: "4", title: "ANY OTHER BUSINESS", pages: nil),
        ])
    }

    // MARK: Minutes

    private let minutes = """
        Minutes of the meeting of Adults and Children Scrutiny Committee held at Room 2, Civic Centre, Northtown on Wednesday 9 September 2020 at 9.30 am

        Present: Councillor Ann Smith (chair)

        Councillor Bob Jones (vice-chair)

        Councillors: Carl Brown, Dee White

        In attendance: Councillor Eve Black, Cabinet Member for Schools and Skills

        Officers: Director of Children's Services; Head of Early Help

        12. APOLOGIES FOR ABSENCE

        Apologies for absence were received from Councillor Fay Green, Mr Hill and Councillor Ivy Gray.

        13. MINUTES

        RESOLVED: That the minutes of the meeting on 8 July are confirmed as a correct record.

        14. PERFORMANCE REPORT (Pages 3 - 9)

        RESOLVED: That the committee:

        - notes the report; and
        - asks for a briefing on waiting times.

        The meeting ended at 11.05 am
        """

    @Test func readsMinutesWithTheirPresentListApologiesAndEveryResolution() throws {
        let found = meetings(minutes, published: PartialDate(year: 2020, month: 10, day: 1))
        let m = try #require(found.first { $0.date.iso == "2020-09-09" })
        #expect(m.status == .held)
        #expect(m.body == "Adults and Children Scrutiny Committee")
        #expect(m.location == "Room 2, Civic Centre, Northtown")
        #expect(m.time == "09:30")
        // "Councillors: Carl Brown, Dee White": the plural title labels each name, as "Councillors Carl Brown, …" does.
        #expect(m.present == [
            "Councillor Ann Smith (chair)", "Councillor Bob Jones (vice-chair)", "Councillor Carl Brown", "Councillor Dee White",
            "Councillor Eve Black, Cabinet Member for Schools and Skills", "Director of Children's Services", "Head of Early Help",
        ])
        #expect(m.apologies == ["Councillor Fay Green", "Mr Hill", "Councillor Ivy Gray"])
        #expect(m.decisions == [
            "That the minutes of the meeting on 8 July are confirmed as a correct record.",
            "That the committee: notes the report; and asks for a briefing on waiting times.",
        ])
        #expect(m.agenda.map(\.number) == ["12", "13", "14"])
        #expect(m.agenda.last == AgendaItem(number: "14", title: "PERFORMANCE REPORT", pages: "3 - 9"))
    }

    @Test func theMinutesOfAnEarlierMeetingDateItInTheRightYear() throws {
        let found = meetings(minutes, published: PartialDate(year: 2020, month: 10, day: 1))
        let earlier = try #require(found.first { $0.date.iso == "2020-07-08" })
        #expect(earlier.status == .held)
    }

    @Test("a body named with its abbreviation or as a possessive before 'meeting'", arguments: [
        ("The minutes of the Local Safeguarding Children Board (LSCB) meeting held on 27 March 2021 were approved.", "Local Safeguarding Children Board (LSCB)"),
        ("The report will be brought to the Board's meeting on 14 December 2021.", "Board"),
    ])
    func aBodyBeforeMeetingKeepsItsAbbreviationAndLosesItsPossessive(text: String, body: String) throws {
        let m = try #require(meetings(text).first)
        #expect(m.body == body)
    }

    @Test("a body that met on a date, perhaps at a place, held a meeting", arguments: [
        ("The Children and Young People Committee met on Monday 15 March 2021 and considered the annual report.", "Children and Young People Committee", "2021-03-15"),
        ("The Board met at County Hall, Northtown on 21 June 2021 to consider the business.", "Board", "2021-06-21"),
    ])
    func aBodyThatMetOnADate(text: String, body: String, iso: String) throws {
        let m = try #require(meetings(text).first)
        #expect(m.body == body)
        #expect(m.date.iso == iso)
        #expect(m.status == .held)
    }

    @Test func aMeetingWhoseMinutesAreAgreedWasHeldWhateverTheDocumentsDate() throws {
        let found = meetings("The minutes of the extra-ordinary meeting held on 11 January 2022, were agreed.")
        let m = try #require(found.first)
        #expect(m.date.iso == "2022-01-11")
        #expect(m.status == .held)
        #expect(m.body == nil)
    }

    @Test func aPastCueBeforeALaterDateWithoutMinutesIsStillScheduled() throws {
        let m = try #require(meetings("The Board agreed that its next meeting on 11 January 2022 would review the plan.").first)
        #expect(m.status == .scheduled)
    }

    // MARK: Lists of dates

    @Test func readsAListOfDatesUnderALeadIn() {
        let text = "The group meets quarterly and meetings have taken place on the following dates:\n\n14th October 2020\n\n20th January 2021\n\n21st April 2021\n"
        let found = meetings(text)
        #expect(dates(found) == ["2020-10-14", "2021-01-20", "2021-04-21"])
        #expect(found.allSatisfy { $0.status == .held })
        #expect(found.map(\.line) == [3, 5, 7])
    }

    @Test("a line of dates and nothing else under a lead-in is a list", arguments: [
        "10 September 2024, 3 December 2024, 9 January 2025 and 4 March 2025.",
        "10th September 2024 03rd December 2024 09th January 2025 04th March 2025",
    ])
    func readsALineOfDates(line: String) {
        let found = meetings("Dates of future meetings:\n\n" + line + "\n")
        #expect(dates(found) == ["2024-09-10", "2024-12-03", "2025-01-09", "2025-03-04"])
        #expect(found.allSatisfy { $0.status == .scheduled })
    }

    @Test func readsDatesOfFutureMeetingsWithTheirTimes() {
        let text = "Dates of Future Meetings\n\n- 12 January 2022 at 2pm\n- 9 March 2022 at 10.00 am\n"
        let found = meetings(text)
        #expect(dates(found) == ["2022-01-12", "2022-03-09"])
        #expect(found.map(\.time) == ["14:00", "10:00"])
        #expect(found.allSatisfy { $0.status == .scheduled })
    }

    @Test func aListOfEventsIsNoListOfMeetings() {
        let text = "Roadshow events took place across the county as follows:\n\n7th June – Northtown\n\n9th June 2021 – Southbury\n"
        #expect(meetings(text).isEmpty)
    }

    // MARK: Work programmes

    @Test func readsAWorkProgrammeTable() throws {
        let text = """
            Date of Meeting\tIssue for Scrutiny\tNotes
            8 December 2021\tSchool Attendance\tRequested by members
            \tYouth Justice Plan\t
            \tFoster Carer Recruitment\t\t
            Standing Items\t\t
            March\tBudget Monitoring\t
            """
        let found = meetings(text)
        let m = try #require(found.first)
        #expect(found.count == 1)
        #expect(m.date.iso == "2021-12-08")
        #expect(m.status == .scheduled)
        #expect(m.agenda.map(\.title) == ["School Attendance", "Youth Justice Plan", "Foster Carer Recruitment"])
    }

    @Test func readsMeetingDateGroupRows() {
        let text = """
            Meeting date: 14 October 2021 – 2.00 p.m.\t\tDespatch: 5 October
            Item\tDescription\tAuthor
            Adoption annual report\tTo receive the report.\tA Officer
            Meeting date: 25 November 2021 – 2.00 p.m.\t\tDespatch: 16 November
            Budget proposals\tTo comment on the proposals.\tB Officer
            """
        let found = meetings(text)
        #expect(dates(found) == ["2021-10-14", "2021-11-25"])
        #expect(found.map(\.time) == ["14:00", "14:00"])
        #expect(found.map { $0.agenda.map(\.title) } == [["Adoption annual report"], ["Budget proposals"]])
    }

    // MARK: Summaries

    @Test func readsHeldAndPostponedMeetingsFromASummary() {
        let text = "3 meetings were held (May 2020 and July 2020), November 2020 was cancelled.\n"
        let found = meetings(text)
        #expect(dates(found) == ["2020-05", "2020-07", "2020-11"])
        #expect(found.map(\.status) == [.held, .held, .cancelled])
    }

    @Test func aCountOfMeetingsOverAPeriodInventsNoDates() {
        #expect(meetings("There were 5 Executive meetings between April 2020 and March 2021.\n").isEmpty)
        #expect(meetings("Four meetings have taken place since January 2021.\n").isEmpty)
    }

    @Test func aMonthOnlyMeetingGetsNoDay() throws {
        let m = try #require(meetings("At the Board meeting in February 2021 the plan was agreed.\n").first)
        #expect(m.date.iso == "2021-02")
        #expect(m.date.day == nil)
    }

    // MARK: Meetings named in prose

    @Test(arguments: [
        ("The findings are being presented to the Missing Children Group Meeting on 5th October 2021.", "2021-10-05", Meeting.Status.scheduled),
        ("The last review meeting took place on 14/07/21 with health colleagues.", "2021-07-14", .held),
        ("The strategy was approved at Cabinet on 17 June 2021.", "2021-06-17", .held),
        ("The plan was agreed by the Executive on 3 March 2021.", "2021-03-03", .held),
        ("To Full Council on 11 November 2021", "2021-11-11", .scheduled),
        ("Following discussion at NSCP 22 February 2021", "2021-02-22", .held),
        ("The date of the next meeting is on 4 November 2021.", "2021-11-04", .scheduled),
    ])
    func readsAMeetingNamedInProse(text: String, iso: String, status: Meeting.Status) {
        let found = meetings(text + "\n")
        #expect(dates(found) == [iso])
        #expect(found.first?.status == status)
    }

    @Test func listedMeetingsShareTheirNounAndTakeTheYearFromTheDocument() {
        let found = meetings("Parents have had two separate stakeholder meetings 3rd May and 21st June, both well attended.\n")
        #expect(dates(found) == ["2021-05-03", "2021-06-21"])
        #expect(found.allSatisfy { $0.status == .held })
    }

    @Test func aMeetingStillToComeInABareMonthTakesTheYearWrittenBeside() {
        let found = meetings("The first meeting took place on 02/02/21 and the next meeting is to take place in April.\n")
        #expect(dates(found) == ["2021-02-02", "2021-04"])
        #expect(found.map(\.status) == [.held, .scheduled])
    }

    @Test(arguments: [
        "The first multi-agency training took place on 18th February 2021 and 40 staff attended.",
        "Ofsted carried out a focused visit on 9 March 2021.",
        "The partnership replaced the Board on 29 September 2019.",
        "Questions must reach us before the meeting (in this case 3 May 2021).",
        "In May 2021 the panel published its report.",
    ])
    func datesThatAreNotMeetingsAreLeftOut(text: String) {
        #expect(meetings(text + "\n").isEmpty)
    }

    // MARK: One record per meeting

    @Test func aMeetingMentionedInSeveralPlacesIsOneRecordAtItsFirstLine() throws {
        let text = """
            The audit was presented to the Board in June 2021.

            Other work continued.

            At the Board meeting in June 2021 the audit plan was approved.

            The annual report was reported to the Board in June 2021.
            """
        let found = meetings(text)
        #expect(found.count == 1)
        let m = try #require(found.first)
        #expect(m.line == 1)
        #expect(m.date.iso == "2021-06")
    }

    @Test func differentBodiesOnOneDayAreDifferentMeetings() {
        let text = "The policy was approved at Cabinet on 8 July 2021.\n\nThe budget was agreed by Council on 8 July 2021.\n"
        #expect(meetings(text).count == 2)
    }

    @Test func aLongRunOnParagraphOfMentionsStaysOneRecordPerMeeting() {
        let text = String(repeating: "The Board meeting on 1 May 2020 and 2 May 2020, approved at Cabinet on 3 June. ", count: 500) + "\n"
        #expect(dates(meetings(text)) == ["2020-05-01", "2020-05-02", "2020-06-03"])
    }

    @Test func daysListedBeforeADateAreMeetingsOfTheirOwn() {
        let found = meetings("The minutes of the meeting held on 15 and 29 January 2020 were agreed as a correct record.")
        #expect(found.map(\.date.iso) == ["2020-01-15", "2020-01-29"])
        #expect(found.allSatisfy { $0.status == .held })
    }

    // MARK: A body from the section heading

    @Test func aHeadingEndingWithItsBodyNounNamesTheMeetingsUnderIt() {
        let text = "# Annual Report 2021\n\nThis is the report.\n\n## 2. Northshire Safeguarding Children Board\n\n2 meetings were held (June 2021 and October 2021).\n"
        #expect(meetings(text).map(\.body) == ["Northshire Safeguarding Children Board", "Northshire Safeguarding Children Board"])
    }

    @Test func anAgendaItemsTitleNamesNoBody() {
        let text = "# Annual Report 2021\n\nThis is the report.\n\n## 3. Appoint/Confirm Convener of the Panel and Confirm Co-optees\n\nThe notes of the meeting on 29 April 2021 were agreed.\n"
        let found = meetings(text)
        #expect(found.count == 1)
        #expect(found.first?.body == nil)
    }

    @Test func thePapersWordIsNoPartOfTheBody() {
        let found = meetings("Minutes for Environment and Community Safety Scrutiny Committee meeting, Apr 6 2011, 7.15PM official page\n")
        #expect(found.first?.body == "Environment and Community Safety Scrutiny Committee")
    }
}
