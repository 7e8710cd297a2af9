import Testing
@testable import SGReportCore

@Suite struct AnnualReportRuleTests {
    static let cases: [RuleCase] = [
        RuleCase(
            rule: PeriodCoveredRule(),
            passing: annualReport("2. Our Work\n\nThe year ran from 1 April 2019 to 31 March 2020.\n"),
            failing: annualReport("2. Our Work\n\nThe partnership met often.\n", title: "Anyshire Safeguarding Children Partnership Report")),
        RuleCase(
            rule: StatutoryPartnersRule(),
            passing: annualReport("2. Arrangements\n\nThe arrangements are led by Anyshire County Council, Anyshire Police and Anyshire Clinical Commissioning Group.\n"),
            failing: annualReport("2. Arrangements\n\nThe arrangements are led by Anyshire County Council and Anyshire Police.\n")),
        RuleCase(
            rule: PartnerActivityRule(),
            passing: annualReport("2. Progress Against Our Priorities\n\nNeglect: the neglect strategy was launched in May.\n"),
            failing: annualReport("2. Glossary\n\nMASH: multi-agency safeguarding hub.\n")),
        RuleCase(
            rule: PracticeReviewsRule(),
            passing: annualReport("2. Child Safeguarding Practice Reviews\n\nTwo rapid reviews were held; one led to a local review.\n"),
            failing: annualReport("2. Glossary\n\nMASH: multi-agency safeguarding hub.\n")),
        RuleCase(
            rule: EffectivenessRule(),
            passing: annualReport("2. Section 11 Audit\n\nAll 24 agencies completed the audit and 3 were challenged on their returns.\n"),
            failing: annualReport("2. Glossary\n\nMASH: multi-agency safeguarding hub.\n")),
        RuleCase(
            rule: ImpactOnOutcomesRule(),
            passing: annualReport("""
                2. Impact

                Repeat referrals fell from 24% to 18% after the new front door.

                Early help assessments rose to 1,200, and 70% of families improved their outcomes.

                Children in care with a permanence plan increased by 12 in the year, and 30 care leavers moved into work.

                """),
            failing: annualReport("2. Our Work\n\nWe held meetings about early help and children in care and wrote a strategy.\n")),
        RuleCase(
            rule: TrainingEvaluatedRule(),
            passing: annualReport("2. Multi-agency training\n\n300 practitioners attended training; the evaluation showed 90% felt more confident.\n"),
            failing: annualReport("2. Multi-agency training\n\nWe ran 20 courses on neglect during the year.\n")),
        RuleCase(
            rule: LittleProgressRule(),
            passing: annualReport("2. Progress\n\nThere has been limited progress on the exploitation priority because of staff changes.\n"),
            failing: annualReport("2. Progress\n\nAll priorities were delivered in full.\n")),
        RuleCase(
            rule: ReviewRecommendationsRule(),
            passing: annualReport("2. Learning\n\nThe recommendations of the serious case review were implemented through an action plan.\n"),
            failing: annualReport("2. Learning\n\nPractitioners attended a conference.\n")),
        RuleCase(
            rule: ChildFamilyFeedbackRule(),
            passing: annualReport("2. Voice of the Child\n\nYoung people told us the leaflets were confusing; this informed the redesign of the website.\n"),
            failing: annualReport("2. Our Work\n\nThe board approved three policies.\n")),
        RuleCase(
            rule: IndependentScrutinyRule(),
            passing: annualReport("2. Assurance\n\nThe independent scrutineer attended every executive meeting and reported on the arrangements.\n"),
            failing: annualReport("2. Assurance\n\nThe executive met four times.\n")),
        RuleCase(
            rule: FundingRule(),
            passing: annualReport("2. Budget\n\nThe council contributed £120,000, the police £40,000 and the CCG £60,000.\n"),
            failing: annualReport("2. Our Work\n\nThe executive met four times.\n")),
        RuleCase(
            rule: PerformanceDataRule(),
            passing: annualReport("""
                2. Our Year in Figures

                10,178 contacts were received by the MASH.

                24% of referrals were re-referrals.

                """),
            failing: annualReport("2. Our Work\n\nThe executive met often.\n")),
        RuleCase(
            rule: NextYearPrioritiesRule(),
            passing: annualReport("2. Priorities for 2020-21\n\nNeglect, exploitation and transitions.\n"),
            failing: annualReport("2. Our Work\n\nThe executive met often.\n")),
        RuleCase(
            rule: LSCBDistributionRule(),
            passing: annualReport(
                "2. Governance\n\nThe report is submitted to the Chief Executive, the Leader of the Council, the Police and Crime Commissioner and the Health and Wellbeing Board.\n",
                title: "Anyshire Safeguarding Children Board Annual Report 2016/17"),
            failing: annualReport("2. Governance\n\nThe report is published on the website.\n", title: "Anyshire Safeguarding Children Board Annual Report 2016/17")),
        RuleCase(
            rule: LSCBSpendRule(),
            passing: annualReport(
                "2. Financial Statement\n\nSerious case reviews cost £12,000 and multi-agency training £30,000.\n",
                title: "Anyshire Safeguarding Children Board Annual Report 2016/17"),
            failing: annualReport("2. Financial Statement\n\nThe total was £100,000.\n", title: "Anyshire Safeguarding Children Board Annual Report 2016/17")),
    ]

    @Test(arguments: cases) func passesWhenSatisfied(_ c: RuleCase) {
        #expect(c.passed(c.passing))
    }

    @Test(arguments: cases) func failsWhenNot(_ c: RuleCase) {
        #expect(!c.passed(c.failing))
    }

    @Test func profileListsEveryAnnualRuleOnce() {
        let ids = RuleProfile.annualReport.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == Set(Self.cases.map(\.rule.id)))
    }

    @Test func aMentionInTheForewordAloneFails() {
        let text = annualReport("2. Foreword\n\nThis report covers our rapid reviews and serious case reviews in full.\n\n3. Glossary\n\nMASH: hub.\n")
        let finding = PracticeReviewsRule().evaluate(checkInput(text))
        guard case .missing(let line, let note) = finding else {
            Issue.record("expected a failure, got \(finding)")
            return
        }
        #expect(line == 9)
        #expect(note?.contains("introduction or summary") == true)
    }

    @Test func lscbRulesDoNotApplyToAPartnershipReport() {
        let input = checkInput(annualReport("2. Budget\n\nThe council contributed £1.\n"))
        #expect(LSCBDistributionRule().evaluate(input) == .notApplicable(LSCBReport.notApplicable))
        #expect(LSCBSpendRule().evaluate(input) == .notApplicable(LSCBReport.notApplicable))
    }

    @Test func partnersNamedTogetherGiveThatLine() {
        let text = annualReport("2. Arrangements\n\nThe council leads.\n\nThe council, the police and the ICB signed the arrangements.\n")
        #expect(StatutoryPartnersRule().evaluate(checkInput(text)) == .found(line: 11, note: "all three named together in \u{201C}The council, the police and the ICB signed the arrangements.\u{201D}"))
    }
}
