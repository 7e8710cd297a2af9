import Testing
@testable import SGReportCore

/// Facts read in the bundled reports at the lines named, and numbers there that are not metrics.
@Suite struct MetricFixtureTests {
    private static let walsall = FixtureFile.walsall.document.metrics
    private static let earlyHelp = FixtureFile.earlyHelp.document.metrics
    private static let wscb = FixtureFile.wscb.document.metrics
    private static let herefordshire = FixtureFile.herefordshireAgenda.document.metrics
    private static let worcestershire = FixtureFile.worcestershireAgenda.document.metrics

    private func at(_ line: Int, _ value: Double, in metrics: [Metric]) -> Metric? {
        metrics.first { $0.line == line && $0.value == value }
    }

    private func values(at line: Int, in metrics: [Metric]) -> [Double] {
        metrics.filter { $0.line == line }.map(\.value)
    }

    // Walsall line 81: "Infant mortality rate has increased from 6.2 (last year) per 1,000 live births to 9.4.
    // Compared to 3.9 nationally."
    @Test func walsallInfantMortality() {
        let m = at(81, 9.4, in: Self.walsall)
        #expect(m?.unit == .rate)
        #expect(m?.per == 1000)
        #expect(m?.label.lowercased().contains("infant mortality") == true)
        #expect(m?.previous?.value == 6.2)
        #expect(m?.comparators.map(\.value) == [3.9])
        #expect(values(at: 81, in: Self.walsall) == [9.4])
    }

    // Early Help line 50: "12,115 primary age and 4.025 secondary school age children." (a mistyped separator).
    @Test func earlyHelpMistypedThousandsSeparatorIsAWholeCount() {
        #expect(values(at: 50, in: Self.earlyHelp).contains(4025))
    }

    // Walsall lines 104–105: "On 31st March 2020, there were:" / "- 1,265 'Children in Need' 1" (a footnote marker).
    @Test func walsallListItemUnderALeadIn() {
        #expect(values(at: 105, in: Self.walsall) == [1265])
        #expect(at(105, 1265, in: Self.walsall)?.period == "31st March 2020")
    }

    // Walsall line 112: "… increased this year from 19% in 2018-19 to 24% in 2019-20 taking us above both
    // statistical neighbours and England (18% & 21% respectively)."
    @Test func walsallSecondPlans() {
        let m = at(112, 24, in: Self.walsall)
        #expect(m?.previous == PreviousValue(value: 19, period: "2018-19"))
        #expect(m?.period == "2019-20")
        #expect(m?.comparators == [Comparator(name: "statistical neighbours", value: 18), Comparator(name: "England", value: 21)])
        #expect(m?.label.contains("second or subsequent time") == true)
    }

    // Walsall line 113: "10,178 contacts were made to the Multi Agency Safeguarding Hub (MASH), resulting in 4,368 referrals".
    @Test func walsallContacts() {
        #expect(at(113, 10178, in: Self.walsall)?.label == "contacts made to the Multi Agency Safeguarding Hub (MASH)")
        #expect(at(113, 4368, in: Self.walsall)?.label.contains("referrals") == true)
    }

    // Walsall line 115: "1,257 Section 47 enquiries were held".
    @Test func walsallSection47IsNoMetric() {
        #expect(values(at: 115, in: Self.walsall) == [1257])
    }

    // Walsall line 150: "The Rate of referrals per 10,000 is 641 which is a decrease from 753 (2018-19). It remains
    // significantly higher than the England averages (545) and slightly higher than the statistical neighbour average (614)."
    @Test func walsallReferralRate() {
        let m = at(150, 641, in: Self.walsall)
        #expect(m?.unit == .rate)
        #expect(m?.per == 10000)
        #expect(m?.previous == PreviousValue(value: 753, period: "2018-19"))
        #expect(m?.comparators == [Comparator(name: "England", value: 545), Comparator(name: "statistical neighbours", value: 614)])
        #expect(m?.trend == .down)
        #expect(values(at: 150, in: Self.walsall) == [641])
    }

    // Walsall line 166: "93% of Initial Child Protection Conferences (ICPCs) were completed within 15 working days …
    // an improvement on 88% in 2018-19 … statistical neighbours (81%) and national performance (79%)."
    @Test func walsallConferencesInTime() {
        let m = at(166, 93, in: Self.walsall)
        #expect(m?.label.hasPrefix("Initial Child Protection Conferences (ICPCs) completed within 15 working days") == true)
        #expect(m?.previous?.value == 88)
        #expect(m?.comparators.map(\.value) == [81, 79])
    }

    // Walsall line 212, a table row: "Education | 64 | 40.5% | -101 | 22 (34%)".
    @Test func walsallContactsTable() {
        #expect(values(at: 212, in: Self.walsall) == [64, 40.5, -101, 22, 34])
        #expect(at(212, 64, in: Self.walsall)?.table?.row == "Education")
        #expect(at(212, 64, in: Self.walsall)?.table?.column?.hasPrefix("Number of contacts") == true)
    }

    // Walsall line 859, the budget: "Walsall Council Contribution | (51,584) | (51,584".
    @Test func walsallBudgetInParenthesesIsNegative() {
        let found = Self.walsall.filter { $0.line == 859 }
        #expect(found.map(\.value) == [-51584, -51584])
        #expect(found.allSatisfy { $0.unit == .currency && $0.currency == "GBP" })
    }

    // Walsall lines 822–850: the Board's attendance table holds attendance, not metrics.
    @Test func walsallAttendanceTableHasNoMetrics() {
        #expect(!Self.walsall.contains { (822...850).contains($0.line) && $0.table != nil })
    }

    // Early Help line 64: "… target of 555 claims. … The 2022/23 target is 576 and as of the 1st September 2022 we have made 335 claims".
    @Test func earlyHelpClaimsAndTheirTarget() {
        #expect(values(at: 64, in: Self.earlyHelp) == [555, 335])
        #expect(at(64, 335, in: Self.earlyHelp)?.target == 576)
    }

    // Early Help line 117, the GLD table: "Bromsgrove | 75% | 75.8% | 74.5%" under "… | 2018 | 2019 | 3 year trend".
    @Test func earlyHelpTableYearColumns() {
        #expect(values(at: 117, in: Self.earlyHelp) == [75, 75.8, 74.5])
        #expect(at(117, 75, in: Self.earlyHelp)?.period == "2018")
    }

    // WSCB line 401: "Section 175/157 of the Education Act … This year 219 audits were received. 290 templates … 76%."
    @Test func wscbAuditsWithoutTheSectionNumbers() {
        #expect(values(at: 401, in: Self.wscb) == [219, 290, 76])
    }

    // WSCB line 535: "WSCB delivered 70 multi-agency training events in 2016/17 to 1983 people."
    @Test func wscbAFourDigitCountOfPeople() {
        #expect(values(at: 535, in: Self.wscb) == [70, 1983])
        #expect(at(535, 70, in: Self.wscb)?.period == "2016/17")
    }

    // Herefordshire line 1245: "At the end of quarter 4 there were 352 children in care which equates to 98 per 10,000,
    // … the national average (64 per 10,000) and that of statistical neighbours (53 per 10,000)."
    @Test func herefordshireChildrenInCare() {
        #expect(values(at: 1245, in: Self.herefordshire) == [352, 98])
        let rate = at(1245, 98, in: Self.herefordshire)
        #expect(rate?.per == 10000)
        #expect(rate?.comparators == [Comparator(name: "national", value: 64), Comparator(name: "statistical neighbours", value: 53)])
        #expect(at(1245, 352, in: Self.herefordshire)?.period == "quarter 4")
    }

    // Herefordshire line 361: "In 13 of the 18 cases the advice given by MASH complied with the guidance".
    @Test func herefordshireShareOfCases() {
        let m = at(361, 13, in: Self.herefordshire)
        #expect(m?.unit == .fraction)
        #expect(m?.denominator == 18)
        #expect(values(at: 361, in: Self.herefordshire) == [13])
    }

    // Worcestershire agenda line 452: "- 10:00 – performing arts students (20 young people)".
    @Test func worcestershireSessionTimesAreNoMetrics() {
        #expect(values(at: 452, in: Self.worcestershire) == [20])
    }

    // Worcestershire agenda line 187: "… our GET SAFE response to 16 -25 year-olds …" (an age band; no figure on the line).
    @Test func worcestershireAgeBandIsNoMetric() {
        #expect(values(at: 187, in: Self.worcestershire).isEmpty)
    }

    @Test(arguments: FixtureFile.allCases)
    func noMetricStandsOnAContentsOrFurnitureLine(file: FixtureFile) {
        let text = file.structure
        let ignored = Set(text.blocks.filter { $0.kind == .contents || $0.kind == .furniture }.map(\.line))
        #expect(!file.document.metrics.contains { ignored.contains($0.line) })
    }

    @Test(arguments: FixtureFile.allCases)
    func noYearIsACount(file: FixtureFile) {
        // Figures written with a thousands separator ("2,017 contacts", "£2,000") are counts, not years.
        let yearLike = file.document.metrics.filter {
            $0.unit == .count && $0.value == $0.value.rounded() && (1990...2040).contains($0.value) && !$0.text.contains(",")
        }
        #expect(yearLike.isEmpty)
    }
}
