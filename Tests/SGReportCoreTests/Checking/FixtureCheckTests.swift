import Testing
@testable import SGReportCore

/// Outcomes judged by reading each report; lines are where the evidence stands in the file.
@Suite struct FixtureCheckTests {
    func check(_ fixture: FixtureFile, strictness: CheckStrictness = .normal) -> CheckReport {
        (try? Checker.check(fixture.bytes, strictness: strictness)) ?? CheckReport(profiles: [], results: [], strictness: strictness)
    }

    func result(_ report: CheckReport, _ id: String) -> RuleResult? {
        report.results.first { $0.id == id }
    }

    @Test func walsallCoversTheYearlyReportContents() {
        let report = check(.walsall)
        #expect(report.profiles == [.annualReport])
        #expect(report.passed)
        // Title "Annual Report 2019 – 2020"; partners named at 37; "5. Serious Case Reviews and Child Safeguarding
        // Practice Reviews" 541; "7. Summary: Evaluation of the Safeguarding System" 703; "4. Our 4th Partner" 488;
        // "Appendix 3. Budget" 854; the first of the nine 2020-21 next steps listed under "Priorities and Next Steps in 2020-21" (794) is at 797.
        let expected: [(String, Int)] = [
            ("period-covered", 11), ("statutory-partners", 37), ("practice-reviews", 541), ("effectiveness", 703),
            ("child-family-feedback", 488), ("funding", 854), ("next-year-priorities", 797),
        ]
        for (id, line) in expected {
            #expect(result(report, id)?.passed == true, "\(id)")
            #expect(result(report, id)?.line == line, "\(id)")
        }
        #expect(result(report, "lscb-spend")?.applicable == false)
    }

    @Test func walsallCutAfterItsForewordFailsAndSaysWhatIsMissing() throws {
        // The foreword ends at line 74; "1. Introduction" is line 75.
        let text = String(decoding: FixtureFile.walsall.bytes, as: UTF8.self)
        let foreword = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(74).joined(separator: "\n")
        let report = try Checker.check(Array(foreword.utf8), profile: .annualReport)
        #expect(!report.passed)
        // The foreword does name the period and the three partners (lines 35 and 37) …
        #expect(result(report, "statutory-partners")?.passed == true)
        #expect(result(report, "period-covered")?.passed == true)
        // … and promises the rest, which a foreword alone does not deliver.
        for id in ["practice-reviews", "effectiveness", "impact-on-outcomes", "training-evaluated", "funding", "next-year-priorities", "partner-activity"] {
            #expect(result(report, id)?.passed == false, "\(id)")
        }
        #expect(result(report, "practice-reviews")?.message.contains("child safeguarding practice reviews") == true)
        #expect(report.failures.count >= 8)
    }

    @Test func wscbIsCheckedAsAnLSCBReport() {
        let report = check(.wscb)
        #expect(report.passed)
        // Foreword line 65: submitted to the Chief Executive, Leader, Health and Well-Being Board and the PCC.
        #expect(result(report, "lscb-distribution")?.applicable == true)
        #expect(result(report, "lscb-distribution")?.line == 65)
        // "Appendix 4 Financial Statement 2016/17" (755) has Training Delivery and SCR columns.
        #expect(result(report, "lscb-spend")?.passed == true)
        #expect(result(report, "funding")?.line == 755)
        #expect(result(report, "practice-reviews")?.line == 521)
        // 537: "WSCB multi-agency training is evaluated extremely highly …".
        #expect(result(report, "training-evaluated")?.line == 537)
    }

    @Test func earlyHelpReportIsNotASafeguardingPartnershipReport() {
        // A report to the Children and Young People's Partnership: no budget and no independent scrutiny.
        let report = check(.earlyHelp)
        #expect(!report.passed)
        #expect(result(report, "funding")?.passed == false)
        #expect(result(report, "independent-scrutiny")?.passed == false)
    }

    @Test func herefordshirePackRunsAgendaAndMinutesRules() {
        let report = check(.herefordshireAgenda)
        #expect(report.profiles == [.agenda, .minutes])
        #expect(report.passed)
        // Minutes of 16 March 2020: Present 68, "no declarations of interest" 85, correct record 89, "Chairperson" 174.
        let expected: [(String, Int)] = [
            ("agenda-previous-minutes", 52), ("minutes-present", 68), ("minutes-declarations", 85),
            ("minutes-previous-approved", 89), ("minutes-signature", 174),
        ]
        for (id, line) in expected { #expect(result(report, id)?.line == line, "\(id)") }
    }

    @Test func worcestershireAgendaHasItsWorkProgramme() {
        let report = check(.worcestershireAgenda)
        #expect(report.profiles == [.agenda])
        #expect(report.passed)
        // Item 7 "Refresh of the Scrutiny Work Programme 2022/23" at line 89; items start at 83.
        #expect(result(report, "agenda-work-programme")?.line == 89)
        #expect(result(report, "agenda-items")?.line == 83)
    }

    @Test func strictCountsMayRulesLenientOnlyMust() {
        // The early-help report fails one may rule (next-year-priorities) and three should rules.
        #expect(check(.earlyHelp, strictness: .strict).failures.count == check(.earlyHelp).failures.count + 1)
        #expect(check(.earlyHelp, strictness: .lenient).passed)
    }
}
