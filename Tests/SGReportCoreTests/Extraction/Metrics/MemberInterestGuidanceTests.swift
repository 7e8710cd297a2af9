import Testing
@testable import SGReportCore

/// The guidance on councillors' interests printed at the front of agenda packs quotes legal thresholds, not facts.
@Suite struct MemberInterestGuidanceTests {
    @Test("a sentence in the guidance's words gives no metrics", arguments: [
        "Breaches of most of the DPI provisions can lead to fines up to £5,000 and disqualification up to 5 years.",
        "Members must register a disclosable pecuniary interest within 28 days.",
        "Securities where the total nominal value exceeds £25,000 or one hundredth of the total issued share capital.",
    ])
    func guidanceSentences(text: String) {
        #expect(metrics(text).isEmpty)
    }

    @Test func aSectionTitledInTheGuidanceWordsGivesNone() {
        let text = """
        WHAT IS A 'DISCLOSABLE PECUNIARY INTEREST' (DPI)?

        - Shares etc (with either a total nominal value above £25,000 or 1% of the total issued share capital)
        - Sponsorship by a 3rd party of your election expenses

        Declarations of Interest

        Councillor Smith declared an interest in item 6 as a foster carer for 2 children.

        Performance

        There were 1,265 children in need at 31 March 2020.
        """
        #expect(metrics(text).map(\.value) == [1265])
    }

    @Test("figures near the words interest and shares stay metrics", arguments: [
        "Of the 40 schools that shared their data, 85% expressed an interest in the training.",
        "In the best interests of children, 312 referrals were reviewed.",
    ])
    func ordinaryInterest(text: String) {
        #expect(!metrics(text).isEmpty)
    }
}
