import Testing
@testable import SGReportCore

/// Meetings and attendance read by hand in the bundled reports (line numbers are the files' own).
@Suite struct MeetingFixtureTests {
    private func meeting(_ doc: Document, _ iso: String) -> Meeting? { doc.meetings.first { $0.date.iso == iso } }

    @Test func earlyHelpPartnershipMetFiveTimes() {
        // Lines 22–32: "the meetings have taken place as follows:" then one date per line.
        let doc = FixtureFile.earlyHelp.document
        let listed = doc.meetings.filter { (24...32).contains($0.line) }
        #expect(listed.map(\.date.iso) == ["2021-08-18", "2021-11-24", "2022-02-16", "2022-05-12", "2022-08-11"])
        #expect(listed.allSatisfy { $0.status == .held })
    }

    @Test func earlyHelpProseMeetings() {
        let doc = FixtureFile.earlyHelp.document
        // Line 294: "two separate stakeholder meetings 13th June and 18th July" (2022 from the report).
        #expect(meeting(doc, "2022-06-13")?.status == .held)
        #expect(meeting(doc, "2022-07-18")?.status == .held)
        // Line 380: results "are being presented to the Get Safe Partnership Group Meeting on 22nd July 2022".
        #expect(meeting(doc, "2022-07-22")?.status == .scheduled)
        // Line 402: last progress meeting on 22/06/22; the next "to take place in August".
        #expect(meeting(doc, "2022-06-22")?.status == .held)
        #expect(meeting(doc, "2022-08")?.status == .scheduled)
        // Lines 68–78 are community events, line 60 a training session: no meetings.
        #expect(meeting(doc, "2022-06-07") == nil)
        #expect(meeting(doc, "2022-02-18") == nil)
    }

    @Test func herefordshireMinutesOf16March2020() throws {
        let doc = FixtureFile.herefordshireAgenda.document
        let m = try #require(meeting(doc, "2020-03-16"))
        #expect(m.status == .held)
        #expect(m.time == "10:15")
        #expect(m.location?.contains("The Shire Hall") == true)
        #expect(m.present.first == "Councillor Carole Gandy (chairperson)")
        #expect(m.present.contains("Councillor Diana Toynbee (vice-chairperson)"))
        #expect(m.present.contains("Mr Sam Pratley"))
        #expect(m.apologies == ["Councillor Paul Andrews", "Mr Burbidge", "Councillor Hey", "Mr James"])
        // Four RESOLVED at lines 89, 123, 154, 170, the two lead-ins with their bulleted resolutions.
        #expect(m.decisions.count == 4)
        #expect(m.decisions.first == "That the minutes of the meeting on 14 January are agreed as a correct record and are signed by the chairperson.")
        #expect(m.decisions[1].hasPrefix("That the committee: Notes the report and the good results in key stage 1 and key stage 2; and"))
        #expect(m.decisions[1].hasSuffix("set against performance in earlier years."))
        #expect(m.decisions[2].contains("requests a briefing note on the mind of my own (MOMO) app."))
        #expect(m.decisions[2].hasSuffix("safeguarding and family support improvement plan."))
        #expect(m.decisions[3] == "That the work programme 2020/21 be approved subject to the inclusion of a review concerning CAMHS and SLT.")
    }

    @Test func herefordshireOwnMeetingAndItsAgenda() throws {
        let doc = FixtureFile.herefordshireAgenda.document
        let m = try #require(meeting(doc, "2020-06-02"))
        #expect(m.line == 7)
        #expect(m.status == .scheduled)
        #expect(m.time == "13:00")
        #expect(m.location == "Online meeting only")
        #expect(m.agenda.count == 11)
        #expect(m.agenda[3] == AgendaItem(number: "4", title: "MINUTES", pages: "7 - 18"))
        #expect(m.agenda.last?.title == "DATE OF NEXT MEETING")
        // Line 62 "The date of the next meeting is on 28 July 2020"; the work programme (line 3528) gives 1.00 p.m.
        let next = try #require(meeting(doc, "2020-07-28"))
        #expect(next.line == 62)
        #expect(next.status == .scheduled)
        #expect(next.time == "13:00")
        // Line 3440 "The peer on peer abuse in schools spotlight review took place on 16 December" (no year).
        #expect(meeting(doc, "2019-12-16")?.status == .held)
        // Line 3783 "Approved at cabinet on 26 September", in a row for the 16 September 2019 meeting.
        #expect(meeting(doc, "2019-09-26")?.status == .held)
    }

    @Test func worcestershireAgendaMeetings() throws {
        let doc = FixtureFile.worcestershireAgenda.document
        let own = try #require(meeting(doc, "2022-05-10"))
        #expect(own.line == 7)
        #expect(own.body == "Children and Families Overview and Scrutiny Panel")
        #expect(own.time == "14:00")
        #expect(own.location == "County Hall, Worcester")
        #expect(own.agenda.contains(AgendaItem(number: "5", title: "GET SAFE and GET THERE", pages: "1 - 30")))
        // Lines 712–714 "Dates of Future Meetings".
        #expect(meeting(doc, "2022-07-07")?.time == "10:00")
        #expect(meeting(doc, "2022-09-20")?.time == "14:00")
        #expect(meeting(doc, "2022-11-03")?.status == .scheduled)
        // Line 700 "at its 25 May meeting" (no year; the pack is dated 10 May 2022).
        #expect(meeting(doc, "2022-05-25")?.status == .scheduled)
        // Line 680 "agreed by OSPB on 21 July and was approved by Council on 9 September 2021".
        #expect(meeting(doc, "2021-07-21")?.status == .held)
        // Line 757 work-programme "Date of Last Report" and "(Requested 12 Nov 2021)" name no meeting.
        #expect(meeting(doc, "2021-11-12") == nil)
    }

    @Test func wscbBoardMeetingInMarch2017IsOneRecord() {
        let doc = FixtureFile.wscb.document
        let march = doc.meetings.filter { $0.date.iso == "2017-03" }
        #expect(march.count == 1)
        #expect(march.first?.status == .held)
    }

    @Test func walsallSummaryOfBoardMeetings() {
        // Line 819: "2 meetings were held (June 2019 and October 2019), January 2020 and March 2020 were postponed."
        let doc = FixtureFile.walsall.document
        #expect(meeting(doc, "2019-06")?.status == .held)
        #expect(meeting(doc, "2019-10")?.status == .held)
        #expect(meeting(doc, "2020-01")?.status == .postponed)
        #expect(meeting(doc, "2020-03")?.status == .postponed)
        // Line 841 counts 6 Leadership Group meetings "between July 2019 and March 2020": no dates.
        #expect(meeting(doc, "2019-07") == nil)
        #expect(doc.meetings.allSatisfy { $0.date.day == nil })
    }

    @Test func wscbAttendanceAppendix() throws {
        // Appendix 3 (lines 691–751).
        let records = FixtureFile.wscb.document.attendance
        #expect(records.count == 45)
        let chair = try #require(records.first { $0.line == 694 })
        #expect(chair.name == "Derek Benson")
        #expect((chair.attended, chair.possible, chair.percent) == (4, 4, 100))
        let tina = try #require(records.first { $0.line == 701 })
        #expect(tina.name == "Tina Russell")
        #expect(tina.role == "Assistant Director (Safeguarding)")
        let altay = try #require(records.first { $0.line == 706 })
        #expect((altay.attended, altay.possible, altay.percent) == (2, 4, 50))
        #expect(altay.role?.hasSuffix("(deputy)") == true)
        let rogers = try #require(records.first { $0.line == 723 })
        #expect(rogers.role == "Worcestershire Acute Hospitals NHS Trust (deputy)")
        let cole = try #require(records.first { $0.line == 724 })
        #expect((cole.attended, cole.possible, cole.percent) == (0, nil, 0))
        let dyke = try #require(records.first { $0.line == 743 })
        #expect(dyke.percent == 25)
        let marchant = try #require(records.first { $0.line == 751 })
        #expect(marchant.name == "Clare Marchant")
        #expect(marchant.attended == 2)
    }

    @Test func walsallAttendanceTables() {
        // Appendix 2: two "Total % attendance" tables, the second after its caption at line 841.
        let records = FixtureFile.walsall.document.attendance
        #expect(records.count == 25)
        #expect(records.first?.name == "Independent Chair")
        #expect(records.first?.percent == 100)
        #expect(records.first?.body == "Walsall Safeguarding Children Board / Partnership")
        #expect(records.filter { $0.body == "Leadership Group" }.map(\.line) == Array(844...850))
        #expect(records.first { $0.line == 847 }?.percent == 83)
    }

    @Test func reportsWithoutAttendanceTablesHaveNoRecords() {
        #expect(FixtureFile.earlyHelp.document.attendance.isEmpty)
        #expect(FixtureFile.herefordshireAgenda.document.attendance.isEmpty)
        #expect(FixtureFile.worcestershireAgenda.document.attendance.isEmpty)
    }
}
