import Testing
@testable import SGReportCore

@Suite struct MeetingDatingTests {
    private let dating = MeetingDating(reference: PartialDate(year: 2020, month: 6, day: 2))

    @Test func aPastMeetingTakesTheLatestYearBeforeTheDocument() {
        #expect(dating.fromReference(month: 12, day: 16, tense: .past)?.iso == "2019-12-16")
    }

    @Test func aFutureMeetingTakesTheEarliestYearAfterTheDocument() {
        #expect(dating.fromReference(month: 5, day: 25, tense: .future)?.iso == "2021-05-25")
        #expect(dating.fromReference(month: 9, day: 14, tense: .future)?.iso == "2020-09-14")
    }

    @Test func aYearWrittenLaterInTheSentenceWins() {
        let mentions = DateScanner.scan("agreed on 21 July and approved on 9 September 2018")
        let date = dating.date(of: 0, in: YearNeighbours(mentions), sentenceEnd: Int.max, tense: .past)
        #expect(date?.iso == "2018-07-21")
    }

    @Test func statusFollowsTheDateUnlessATenseOrWordSaysOtherwise() {
        let may = PartialDate(year: 2020, month: 5, day: 1)!
        let july = PartialDate(year: 2020, month: 7, day: 1)!
        #expect(dating.status(of: may, tense: nil) == .held)
        #expect(dating.status(of: july, tense: nil) == .scheduled)
        #expect(dating.status(of: may, tense: .future) == .scheduled)
        #expect(dating.status(of: may, tense: nil, written: .postponed) == .postponed)
    }

    @Test func theDocumentsOwnDateIsStillToCome() {
        #expect(dating.status(of: PartialDate(year: 2020, month: 6, day: 2)!, tense: nil) == .scheduled)
        #expect(dating.status(of: PartialDate(year: 2020, month: 6)!, tense: nil) == .scheduled)
    }

    @Test func aMeetingSaidToBeHeldOnTheDocumentsOwnDateWasHeld() {
        #expect(dating.status(of: PartialDate(year: 2020, month: 6, day: 2)!, tense: .past) == .held)
        // A past cue before a later date ("the Board agreed to meet on 1 July") does not make it held.
        #expect(dating.status(of: PartialDate(year: 2020, month: 7, day: 1)!, tense: .past) == .scheduled)
    }

    @Test func theMinutesOfAMeetingHeldOnThePagesOnlyDateRecordAHeldMeeting() throws {
        let text = "Agenda and minutes\n\nTo confirm the record of the meeting of the Children and Young People Scrutiny Panel held on 20 September 2018.\n"
        let meetings = try ReportParser.parse(Array(text.utf8)).meetings
        #expect(meetings.map(\.status) == [.held])
    }
}
