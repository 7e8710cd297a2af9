import Testing
@testable import SGReportCore

@Suite struct ProsePriorityReaderTests {
    private func priorities(_ sentence: String) -> [Priority] {
        document("Safeguarding Board Annual Report 2018/19\n\nForeword\n\n\(sentence)\n").priorities
    }

    @Test func eachNamedTopicOfAPluralPriorityIsOne() {
        let p = priorities("Other areas will also be watched closely; Domestic Abuse (DA) and the 'voice' of the child will be priorities for the Board in 2019/20.")
        #expect(p.map(\.title) == ["Domestic Abuse (DA)", "The 'voice' of the child"])
        #expect(p.map(\.scope) == [.next, .next])
        #expect(p.map(\.line) == [5, 5])
    }

    @Test func aListAfterADashPartedBySemicolonsKeepsItsItemsWhole() {
        let p = priorities("Members heard that the LSCB had four priorities for 2017-18 – domestic abuse; neglect; child sexual abuse; and child and parental mental ill health.")
        #expect(p.map(\.title) == ["Domestic abuse", "Neglect", "Child sexual abuse", "Child and parental mental ill health"])
    }

    @Test("words between the list's verb and its items are no item", arguments: [
        "Key priorities for the next year were around; strengthening safeguarding in schools; tackling exploitation; and improving early help.",
        "Key priorities for the next year are focused on: strengthening safeguarding in schools; tackling exploitation; and improving early help.",
    ])
    func aLeadWordIsNoItem(sentence: String) {
        #expect(priorities(sentence).map(\.title) == ["Strengthening safeguarding in schools", "Tackling exploitation", "Improving early help"])
    }

    @Test func namedTopicsAfterPrioritiesOfAreAList() {
        let p = priorities("The themed workshops had addressed the local priorities of Serious Youth Violence, Child Sexual Exploitation and Female Genital Mutilation.")
        #expect(p.map(\.title) == ["Serious Youth Violence", "Child Sexual Exploitation", "Female Genital Mutilation"])
        // Whose priorities they are is no list.
        #expect(priorities("The priorities of the Board are set by its partners, the Police and Health.").isEmpty)
    }

    @Test func aListedItemMayBeALongName() {
        let p = priorities("This has generated our three specific priorities: Strong Leadership and Strong Partnership; Continuous improvement of Child Protection Practice; and Embedding Early Help and Early Intervention into mainstream partnership activity.")
        #expect(p.map(\.title) == [
            "Strong Leadership and Strong Partnership", "Continuous improvement of Child Protection Practice",
            "Embedding Early Help and Early Intervention into mainstream partnership activity",
        ])
    }

    @Test func bothPointsBackToThePairBeforeIt() {
        let p = priorities("The Board will help practitioners improve their knowledge of neglect and escalation and both will be priorities in the coming year.")
        #expect(p.map(\.title) == ["Neglect", "Escalation"])
        #expect(p.allSatisfy { $0.scope == .next })
    }

    @Test func aPresentPriorityIsCurrent() {
        let p = priorities("Tackling neglect is a priority for the Partnership and a new strategy was agreed in June.")
        #expect(p.map(\.title) == ["Tackling neglect"])
        #expect(p.first?.scope == .current)
    }

    @Test func aTopicAfterThatIsTheSubject() {
        let p = priorities("In March the Board agreed that missing children will remain a key priority.")
        #expect(p.map(\.title) == ["Missing children"])
    }

    @Test(arguments: [
        "This will remain a priority in 2019/20.",
        "The Board cannot yet be assured about the response to missing children and this will remain a priority.",
        "Is the issue a priority area for the Council?",
        "The Board should make neglect a priority.",
        "Neglect is not a priority for the partnership this year.",
    ])
    func pointersQuestionsAndRecommendationsAreNotPriorities(_ sentence: String) {
        #expect(priorities(sentence).isEmpty)
    }

    @Test func theLineIsTheTopicsLineInAWrappedParagraph() {
        let p = priorities("The Board has looked closely at several themes this year, including\nthe experience of care leavers, and Private fostering will be a priority for the Board in 2019/20.")
        #expect(p.map(\.title) == ["Private fostering"])
        #expect(p.first?.line == 6)
    }

    @Test("topics listed after 'priorities' in a sentence", arguments: [
        ("The Chair provided progress on the three key priorities; (i) neglect, (ii) contextual safeguarding and (iii) making the system work.",
         ["Neglect", "Contextual safeguarding", "Making the system work"]),
        ("The partnership priorities for 2019-2022 are neglect; making the system work; and contextual safeguarding.",
         ["Neglect", "Making the system work", "Contextual safeguarding"]),
        ("Our priorities are neglect, exploitation and domestic abuse.", ["Neglect", "Exploitation", "Domestic abuse"]),
    ])
    func listedAfterPriorities(sentence: String, titles: [String]) {
        #expect(document("Annual Report 2021-22\n\n" + sentence + "\n").priorities.map(\.title) == titles)
    }

    @Test("sentences about priorities that list no topics", arguments: [
        "The priorities were agreed by the Board, the Police and Health.",
        "Our priorities are well established.",
        "Our priorities are:",
    ])
    func noListedTopics(sentence: String) {
        #expect(document("Annual Report 2021-22\n\n" + sentence + "\n").priorities.isEmpty)
    }
}
