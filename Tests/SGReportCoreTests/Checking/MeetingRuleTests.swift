import Foundation
import Testing
@testable import SGReportCore

@Suite struct MeetingRuleTests {
    static let agenda = """
        Agenda

        Children and Young People Scrutiny Committee

        Date: Tuesday 2 June 2020

        Time: 2.00 pm

        Place: Council Chamber, Town Hall

        Item No\tSubject\tPages
        1\tApologies for Absence\t
        2\tDeclarations of Interest\t
        3\tMinutes of the Previous Meeting\t1 - 6
        4\tChild Exploitation Update\t7 - 20
        5\tWork Programme\t21 - 24

        """

    static let bareAgenda = """
        Agenda

        Notes for members

        Item No\tSubject\tPages
        1\tChild Exploitation Update\t
        2\tSchool Places\t

        """

    static let minutes = """
        Minutes of the meeting of the Children and Young People Scrutiny Committee held at the Town Hall on Monday 16 March 2020 at 10.00 am

        Present: Councillor A Smith (Chair), Councillor B Jones

        1. APOLOGIES FOR ABSENCE

        Apologies were received from Councillor C Brown.

        2. DECLARATIONS OF INTEREST

        No interests were declared.

        3. MINUTES

        RESOLVED: That the minutes of the meeting on 14 January be agreed as a correct record.

        4. SCHOOL PLACES

        The committee considered a report on school places.

        RESOLVED: That the report be noted.

        Chair

        """

    static let bareMinutes = """
        Notes of a discussion

        1. SCHOOL PLACES

        The committee considered a report on school places.

        2. EXCLUSION OF THE PUBLIC

        The public were asked to leave for the next item.

        3. URGENT BUSINESS

        The chair took an urgent item on transport.

        """

    static let cases: [RuleCase] = [
        RuleCase(rule: AgendaMeetingDetailsRule(), passing: agenda, failing: bareAgenda),
        RuleCase(rule: AgendaItemsRule(), passing: agenda, failing: "Agenda\n\nChildren Committee\n\nBusiness to follow.\n"),
        RuleCase(rule: AgendaApologiesRule(), passing: agenda, failing: bareAgenda),
        RuleCase(rule: AgendaDeclarationsRule(), passing: agenda, failing: bareAgenda),
        RuleCase(rule: AgendaPreviousMinutesRule(), passing: agenda, failing: bareAgenda),
        RuleCase(rule: AgendaReportsRule(), passing: agenda, failing: bareAgenda),
        RuleCase(
            rule: AgendaExemptItemsRule(),
            passing: agenda + "6\tContract Award (exempt: paragraph 3 of Part 1 of Schedule 12A)\t25 - 30\n",
            failing: agenda + "6\tContract Award (exempt information)\t25 - 30\n"),
        RuleCase(
            rule: AgendaWorkProgrammeRule(), passing: agenda,
            failing: agenda.replacing("5\tWork Programme\t21 - 24", with: "5\tSchool Places\t21 - 24")),
        RuleCase(rule: MinutesMeetingDetailsRule(), passing: minutes, failing: bareMinutes),
        RuleCase(rule: MinutesPresentRule(), passing: minutes, failing: bareMinutes),
        RuleCase(rule: MinutesApologiesRule(), passing: minutes, failing: bareMinutes),
        RuleCase(rule: MinutesDeclarationsRule(), passing: minutes, failing: bareMinutes),
        RuleCase(rule: MinutesPreviousApprovedRule(), passing: minutes, failing: bareMinutes),
        RuleCase(rule: MinutesResolutionsRule(), passing: minutes, failing: bareMinutes),
        RuleCase(
            rule: MinutesUrgencyRule(),
            passing: minutes + "5. URGENT BUSINESS\n\nThe chair took the item as urgent because the grant deadline is 20 March.\n",
            failing: bareMinutes),
        RuleCase(
            rule: MinutesExclusionRule(),
            passing: minutes + "5. EXCLUSION OF THE PUBLIC\n\nRESOLVED: That the public be excluded as the item involves exempt information under paragraph 3 of Schedule 12A.\n",
            failing: bareMinutes),
        RuleCase(rule: MinutesSignatureRule(), passing: minutes, failing: bareMinutes),
    ]

    @Test(arguments: cases) func passesWhenSatisfied(_ c: RuleCase) {
        #expect(c.passed(c.passing))
    }

    @Test(arguments: cases) func failsWhenNot(_ c: RuleCase) {
        #expect(!c.passed(c.failing))
    }

    @Test func profilesListEveryMeetingRule() {
        let ids = RuleProfile.agenda.rules.map(\.id) + RuleProfile.minutes.rules.map(\.id)
        #expect(Set(ids) == Set(Self.cases.map(\.rule.id)))
    }

    @Test func exemptAndUrgencyRulesDoNotApplyWithoutSuchBusiness() {
        #expect(AgendaExemptItemsRule().evaluate(checkInput(Self.agenda)) == .notApplicable("no exempt items"))
        #expect(MinutesUrgencyRule().evaluate(checkInput(Self.minutes)) == .notApplicable("no urgent business"))
        #expect(MinutesExclusionRule().evaluate(checkInput(Self.minutes)) == .notApplicable("the public were not excluded"))
    }

    @Test func minuteWithoutResolutionIsThePlaceToFix() {
        let text = Self.minutes.replacing("RESOLVED: That the report be noted.", with: "Members asked questions.")
        #expect(MinutesResolutionsRule().evaluate(checkInput(text)) == .missing(line: 17, note: "Minute 4 has none."))
    }

    @Test func minutesInsideAnAgendaPackAreFound() {
        let pack = Self.agenda + "\n" + Self.minutes + "\nReport of the Director\n\n1. Summary\n\nText.\n"
        let input = checkInput(pack)
        guard let range = MinutesLocator.locate(in: input) else {
            Issue.record("no minutes found")
            return
        }
        #expect(input.block(range.lowerBound).line == 18)
        #expect(input.block(range.upperBound - 1).text == "Chair")
    }
}
