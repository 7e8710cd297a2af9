import Testing
@testable import SGReportCore

@Suite struct ReportInfoExtractorTests {
    @Test func joinsCoverLinesIntoTheTitle() {
        let d = document("Walsall Safeguarding Children Board\n\nand\n\nWalsall Safeguarding Partnership\n\nAnnual Report 2019 – 2020\n\n<u>Contents</u>\n")
        #expect(d.report.title == "Walsall Safeguarding Children Board and Walsall Safeguarding Partnership Annual Report 2019 – 2020")
        #expect(d.report.organisation == "Walsall Safeguarding Children Board")
        #expect(d.report.kind == .annualReport)
        #expect(d.report.period?.label == "2019-20")
    }

    @Test func aWebAddressOpeningThePageIsNoTitle() {
        let d = document("Source: https://democracy.example.gov.uk/ieListDocuments.aspx?MId=1\nAgenda and minutes\n\nChildren's Partnership Board\n")
        #expect(d.report.title == "Agenda and minutes Children's Partnership Board")
        #expect(d.report.kind == .agenda)
    }

    @Test func anAgendaIsTitledByItsBodyAndDatedByItsMeeting() {
        let d = document("Agenda\n\nChildren and Families Overview and Scrutiny Panel\n\nTuesday, 10 May 2022, 2.00 pm\nCounty Hall, Worcester\n")
        #expect(d.report.title == "Agenda – Children and Families Overview and Scrutiny Panel")
        #expect(d.report.kind == .agenda)
        #expect(d.report.published?.iso == "2022-05-10")
        #expect(d.report.period == nil)
    }

    @Test func anAgendasFirstNumberedItemIsNoPartOfItsTitle() {
        let d = document("Agenda for Children's Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm\n\n1. Minutes of the previous meeting (Pages 1 - 4)\n\n2. Budget\n")
        #expect(d.report.title == "Agenda for Children's Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm")
    }

    @Test func anAgendaItemPresentingAnAnnualReportTakesItsPeriodFromTheTitle() {
        let d = document("Agenda item\n\nNorthshire Safeguarding Children Board Annual Report 2017 - 2018\n\nThe report set the priorities for 2018/19 and for 2019/20.\n")
        #expect(d.report.kind == .agenda)
        #expect(d.report.period?.start?.iso == "2017-04-01")
        #expect(document("Agenda\n\nChildren's Scrutiny Committee\n\nThe budget for 2019/20 was set.\n").report.period == nil)
    }

    @Test func anAgendaPackWithMinutesIsAnAgenda() {
        let d = document("Agenda\n\nChildren and young people scrutiny committee\n\nMinutes of the meeting of the committee held on Monday 16 March 2020\n")
        #expect(d.report.kind == .agenda)
    }

    @Test func minutesAloneAreMinutes() {
        let d = document("Minutes of the meeting of the Children and young people scrutiny committee held on 16 March 2020\n")
        #expect(d.report.kind == .minutes)
    }

    @Test("a board's own notes of a meeting are minutes", arguments: [
        "Notes of the meeting of the Northshire Safeguarding Children Board\n\nDate: 14 March 2019\n",
        "Northshire Board\n\nMeeting Notes\n\nDate: 14 March 2019\n",
        "Northshire Executive Group – Action Notes\n\n14 March 2019\n",
        "Northshire Board meeting\n\nMeeting Title: Northshire Safeguarding Children Board Meeting\n\nDate: 14 March 2019\n",
    ])
    func notesAreMinutes(text: String) {
        #expect(document(text).report.kind == .minutes)
    }

    @Test func aCoverSheetsMeetingTitleDoesNotMakeAnUpdateMinutes() {
        let d = document("Meeting Title: Children and Young People Scrutiny Committee\n\nReport: Improvement Plan Progress Update\n")
        #expect(d.report.kind == .progressReport)
    }

    @Test func aDateLabelGivesThePublishedDate() {
        let d = document("# Worcestershire Safeguarding Children Board\n\n## Annual Report 2016/17\n\nDocument Details:\n\nDate: August 2017\n")
        #expect(d.report.published?.iso == "2017-08")
        #expect(d.report.period?.label == "2016/17")
    }

    @Test func theMostNamedFinancialYearIsThePeriodWhenTheTitleHasNone() {
        let d = document("Early Help Partnership\n\nAnnual Report to the Partnership\n\nThe 2022/23 target is 576.\n\nIn 2021/22 we did well.\n\nFor 2021/22 the rate rose.\n")
        #expect(d.report.period?.label == "2021/22")
    }

    @Test func unknownDocumentsSayUnknown() {
        let d = document("Shopping list\n\nEggs and milk and bread for the week ahead.\n")
        #expect(d.report.kind == .unknown)
        #expect(d.report.period == nil)
    }

    @Test func anEmptyFileIsAnEmptyDocumentWithAWarning() {
        let d = document("")
        #expect(d.report == .empty)
        #expect(d.sections.isEmpty)
        #expect(d.warnings.map(\.message) == ["empty file"])
    }

    /// Found by the fuzzer: two years named equally often on one line (a table header) were chosen by dictionary
    /// order, so the same bytes gave a different period from run to run.
    @Test func aTieOnOneLineGoesToTheLaterYearEveryTime() throws {
        let text = "Table 1: Contacts\nMeasure\t2018/19\t2019/20\nContacts\t9,876\t10,178\n"
        for _ in 0..<20 {
            let d = try ReportParser.parse(Array(text.utf8))
            #expect(d.report.period?.label == "2019/20")
        }
    }
}
