import Testing
@testable import SGReportCore

/// Priorities read by hand in the bundled reports, at the lines where they stand.
@Suite struct PriorityFixtureTests {
    private static let walsall = FixtureFile.walsall.document.priorities
    private static let wscb = FixtureFile.wscb.document.priorities
    private static let earlyHelp = FixtureFile.earlyHelp.document.priorities

    @Test(arguments: [
        (239, "1", "right help at the right time"),
        (305, "2", "recognise and respond to neglect in a child centred way"),
        (379, "3", "transition arrangements for agreed vulnerable groups"),
        (420, "4", "victims of exploitation and/or go missing"),
    ])
    func walsallNumberedPrioritiesCarryActionsAndProgress(line: Int, number: String, words: String) throws {
        let p = try #require(Self.walsall.first { $0.line == line })
        #expect(p.number == number)
        #expect(p.title.lowercased().contains(words))
        #expect(p.scope == .current)
        #expect(!p.actions.isEmpty)
        #expect(!p.progress.isEmpty)
        #expect(!p.title.contains("*"))
    }

    @Test func walsallPriorityTwoNotesAreItsOwn() throws {
        let p = try #require(Self.walsall.first { $0.number == "2" })
        #expect(p.actions.contains("Implement the Family Safeguarding Model (FSM)"))
        #expect(p.progress.contains("A 3 Tier training model and competency framework is now in place for Neglect."))
        // The case study after the Impact notes is not progress.
        #expect(!p.progress.contains { $0.hasPrefix("Sam (social worker)") })
    }

    @Test func walsallNextStepsAreNextYearsPriorities() {
        let next = Self.walsall.filter { $0.scope == .next }
        #expect(next.map(\.line) == Array(797...805))
        #expect(next.first?.title == "Launch the CSA strategy and begin work on the action plan")
        #expect(next.allSatisfy { $0.section == "Priorities and Next Steps in 2020-21" })
    }

    @Test func wscbExecutiveSummaryListsSixPriorities() {
        let listed = Self.wscb.filter { (83...88).contains($0.line) }
        #expect(listed.map(\.title) == [
            "Young people at the point of transition", "Children with disabilities",
            "Healthy relationships and Child Sexual Exploitation", "Integrated Family Front Door and Thresholds",
            "Early Help", "Strengthening of the Learning and Improvement Framework",
        ])
        #expect(listed.allSatisfy { $0.scope == .current })
    }

    @Test func wscbForewordNamesNextYearsPrioritiesInProse() {
        let foreword = Self.wscb.filter { $0.line == 69 }
        #expect(foreword.map(\.title) == ["Child Sexual Exploitation (CSE)", "The 'lived experience' of the child"])
        #expect(foreword.allSatisfy { $0.scope == .next })
        // "The lived experience of the child will be a strategic priority …" (line 623) is the same priority.
        #expect(Self.wscb.filter { $0.title.lowercased().contains("lived experience") }.count == 1)
    }

    @Test func wscbEarlyHelpAndThresholdsAreBothNextYear() {
        let p = Self.wscb.filter { $0.line == 92 }
        #expect(p.map(\.title) == ["Early help", "Thresholds"])
        #expect(p.allSatisfy { $0.scope == .next })
    }

    @Test func wscbSingleAgencyTableRatesPoliceRows() throws {
        let structural = try #require(Self.wscb.first { $0.title == "Structural changes to be better connected" })
        #expect(structural.line == 841)
        #expect(structural.status == .complete)
        #expect(structural.section?.hasSuffix("Police") == true)
        let curiosity = try #require(Self.wscb.first { $0.title.hasPrefix("Improve holistic approach") })
        #expect(curiosity.status == .inProgress)
    }

    @Test func wscbActivitiesForThePrioritiesAreNotPriorities() {
        #expect(!Self.wscb.contains { (268...273).contains($0.line) })
    }

    @Test func earlyHelpActionPlanKeyPriorities() {
        #expect(Self.earlyHelp.map(\.line) == [368, 372, 378, 382, 386, 390, 394, 400, 404, 409, 422, 432, 444, 448, 454, 458, 462, 469])
        let joined = Self.earlyHelp.first { $0.line == 404 }
        #expect(joined?.title.contains("between Social Care, Education and Early Help") == true)
        let keepMeSafe = Self.earlyHelp.first { $0.line == 448 }
        #expect(keepMeSafe?.progress.first?.contains("'Keep Me Safe' strategy document") == true)
        #expect(Self.earlyHelp.first?.progress.first?.hasPrefix("Via the Get Safe Partnership Group") == true)
    }

    @Test(arguments: [FixtureFile.herefordshireAgenda])
    func agendaPacksWithoutStatedPrioritiesHaveNone(_ file: FixtureFile) {
        #expect(file.document.priorities.isEmpty)
    }

    @Test(arguments: FixtureFile.allCases)
    func titlesAreWholeAndClean(_ file: FixtureFile) {
        for p in file.document.priorities {
            #expect(!p.title.isEmpty)
            #expect(!p.title.contains("**") && !p.title.contains("<") && !p.title.hasSuffix(":"))
            #expect(!p.title.lowercased().contains("progress:"))
            #expect(p.title.last.map { !",;-".contains($0) } ?? false, "\(file): \(p.title)")
        }
    }
}
