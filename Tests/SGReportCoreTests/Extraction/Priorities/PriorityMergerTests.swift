import Testing
@testable import SGReportCore

@Suite struct PriorityMergerTests {
    private func draft(_ title: String, _ line: Int, scope: Priority.Scope = .current) -> PriorityDraft {
        PriorityDraft(title: title, scope: scope, section: nil, line: line)
    }

    @Test func aRestatedPriorityIsOneWithTheFullerTitleAtItsFirstLine() {
        let merged = PriorityMerger.merge([
            draft("Healthy relationships and risk of Child Sexual Exploitation", 210),
            draft("Healthy relationships and Child Sexual Exploitation", 85),
        ])
        #expect(merged.map(\.title) == ["Healthy relationships and risk of Child Sexual Exploitation"])
        #expect(merged.map(\.line) == [85])
    }

    @Test func aTitleContainedInAnotherMergesAndKeepsBothNotes() {
        var summary = draft("Integrated front door", 40)
        summary.progress = ["Opened in May."]
        var section = draft("The Integrated Front Door and thresholds", 120)
        section.progress = ["Thresholds were revised."]
        let merged = PriorityMerger.merge([summary, section])
        #expect(merged.count == 1)
        #expect(merged.first?.title == "The Integrated Front Door and thresholds")
        #expect(merged.first?.progress == ["Opened in May.", "Thresholds were revised."])
    }

    @Test func theSameTopicForDifferentYearsStaysTwo() {
        let merged = PriorityMerger.merge([draft("Early Help", 87), draft("Early help", 92, scope: .next)])
        #expect(merged.count == 2)
    }

    @Test func aShortTitleInsideALongUnrelatedOneStaysApart() {
        let merged = PriorityMerger.merge([
            draft("Early help", 10),
            draft("Commission a new universal prevention service for families, including health visiting and early help", 50),
        ])
        #expect(merged.count == 2)
    }
}
