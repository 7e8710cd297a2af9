import Testing
@testable import SGReportCore

/// Labels name the thing measured in the sentence's own words.
@Suite struct MetricLabelerTests {
    @Test("the size of a change is labelled the change in its measure, not its level", arguments: [
        ("10,178 contacts resulted in 4,368 referrals to social care. This is a 17.6% decrease from 2018-19.", 17.6,
         "change in referrals to social care"),
        ("Overall MARAC referrals reduced by 12% compared to 2018-19.", 12, "change in MARAC referrals"),
        ("The number of Child Protection plans in place has increased to 516 (up by 150 in the last six months).", 150,
         "change in Child Protection plans in place"),
        // "a 20% increase in X": the change's own noun gives way to "change", its direction kept in the trend.
        ("There was a 20% increase in referrals to children's social care this year.", 20,
         "change in referrals to children's social care"),
        ("A 15% reduction in the number of children on plans.", 15, "change in the number of children on plans"),
        // Its level keeps its own name, and a label that says change already is left as written.
        ("The number of Child Protection plans in place has increased to 516 (up by 150 in the last six months).", 516,
         "Child Protection plans in place"),
    ])
    func changeSize(sentence: String, value: Double, label: String) {
        #expect(metric(value, in: sentence)?.label == label)
    }

    @Test func aChangeNamedByItsNounKeepsItsDirection() {
        #expect(metric(20, in: "We saw a 20% increase in contacts.")?.trend == .up)
        #expect(metric(15, in: "A 15% reduction in the number of children on plans.")?.trend == .down)
    }

    @Test func theNounPhraseAfterACount() {
        #expect(metrics("8,412 contacts were made to the Multi Agency Safeguarding Hub (MASH).").first?.label
            == "contacts made to the Multi Agency Safeguarding Hub (MASH)")
    }

    @Test("a name's number or a whole age band ending the label stays; a period's does not", arguments: [
        ("73% of children became looked after on a Section 20.", "children became looked after on a Section 20"),
        ("Of looked after children, 60.2% are aged over 10.", "aged over 10"),
        ("31% of the children becoming looked after in the year were aged 10-15.", "children becoming looked after aged 10-15"),
        ("87% of assessments were completed in quarter 3.", "assessments completed"),
    ])
    func aNamesNumberEndsTheLabel(sentence: String, label: String) {
        #expect(metrics(sentence).first?.label == label)
    }

    @Test("what follows a figure is no name when it compares or is the verb; the words before name it", arguments: [
        ("The percentage of children subject to a CP plan for a second time is 20% above the national benchmark of 18%.", 20.0,
         "children subject to a CP plan for a second time"),
        ("The rate of re-referrals was 22% below the England average of 24%.", 22.0, "rate of re-referrals"),
        ("Performance indicators for registration with a GP (100%), immunisations (96%) remain high.", 96.0, "immunisations"),
        ("The number of contacts to the MASH (10,178) remain high.", 10178.0, "contacts to the MASH"),
        ("Under 1 year: 7%, higher than England (5%).", 7.0, "Under 1 year"),
    ])
    func aComparisonOrAVerbAfterIsNoName(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test func eachItemOfAListOfFiguresInParenthesesIsNamedByItsOwnWords() {
        let found = metrics("The most prevalent disabilities were Learning (82%), Communication (76%) and Personal care (71%).")
        #expect(found.map(\.label).suffix(2) == ["Communication", "Personal care"])
        let offences = metrics("The most frequent offence types were online exploitation (15) or rape offences (7).")
        #expect(offences.last?.label == "rape offences")
    }

    @Test("a list's first figure in parentheses is named by its own words after a list opener", arguments: [
        ("Most LAC are males (58%), white (65%) and aged 10-15 (34%).", ["males", "white", "aged 10-15"]),
        ("The most prevalent disabilities were Learning (82%), Communication (76%) and Personal care (71%).",
         ["Learning", "Communication", "Personal care"]),
        ("Other reasons for leaving included special guardianship orders (12%) and adoption (9%).",
         ["special guardianship orders", "adoption"]),
        ("The main categories were sexual abuse/exploitation (24), other exploitation (11) and neglect (9).",
         ["sexual abuse/exploitation", "other exploitation", "neglect"]),
        // Categories of a plan: "for" opens the list, and "followed by" goes on to its next item.
        ("Most children were on a plan for neglect (44%), followed by emotional abuse (28%) and physical abuse (9%).",
         ["neglect", "emotional abuse", "physical abuse"]),
        ("The most common category was neglect (44%) followed by emotional abuse (28%).", ["neglect", "emotional abuse"]),
    ])
    func aListsFirstItemIsNamedByItsWords(text: String, labels: [String]) {
        #expect(metrics(text).map(\.label) == labels)
    }

    @Test("how often an amount recurs is no name; what it is spent on is", arguments: [
        ("The council currently spends £176.6m a year on children's services.", 176_600_000.0, "children's services"),
        ("The council predicts it will have spent £27.1m on looked after children in 2013-14.", 27_100_000.0, "looked after children"),
        ("A meeting of the Corporate Parenting Board in July heard the cost of children in care is £40m per year.", 40_000_000.0,
         "cost of children in care"),
    ])
    func amountsRecurrenceAndObject(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test("a label ends at a spaced dash and at 'according to'; a code keeps its name", arguments: [
        ("A total of 162 youngsters are in placements - 89 boys and 73 girls - with neglect the largest contributor.", 73.0, "girls"),
        ("One in every 175 children in the East Riding were in care according to figures published today.", 175.0,
         "children in the East Riding in care"),
        ("9.3% open due to CN3 - Parent's disability or illness.", 9.3, "open due to CN3 - Parent's disability or illness"),
    ])
    func aLabelEndsAtADash(text: String, value: Double, label: String) {
        let found = metrics(text).first { $0.value == value || $0.denominator == value }
        #expect(found?.label == label)
    }

    @Test func aMonthAloneIsNoLabel() {
        let found = metrics("A fostering budget report to the committee (Monday, September 1) showed 26 children in residential placements and 18 in unregistered provision.")
        #expect(found.first { $0.value == 18 }?.label != "September")
    }

    @Test func aFindingsMeasureAfterAIsNoSubject() {
        // "shows an increase in overall percentage": the finding's measure; its subject names the figure.
        let found = metrics("Re-audit of parental participation shows an increase in overall percentage from 38% in August 2019 to 54% in February 2020.")
        #expect(found.last?.label == "Re-audit of parental participation")
    }

    @Test func aComparisonInParenthesesNamesNoListItem() {
        // The words before "(35%)" compare; the sentence's subject still names it.
        let found = metrics("The proportion of children on plans due to emotional abuse is higher than the proportion nationally (35%) and among statistical neighbours (32%).")
        #expect(found.first?.label != "proportion nationally")
        let gp = metrics("Performance indicators for registration with a GP (100%), immunisations (96%) remain high.")
        #expect(gp.first?.label != "GP")
    }

    @Test("an age band before a colon names the figure", arguments: [
        ("1 to 4 years: 10%", "1 to 4 years"),
        ("16 years and over: 20%", "16 years and over"),
        ("Children aged under 1: 7%", "Children aged under 1"),
    ])
    func anAgeBandNamesTheFigure(text: String, label: String) {
        #expect(metrics(text).map(\.label) == [label])
    }

    @Test func aRangeOfFiguresIsNoAgeBand() {
        #expect(metric(45, in: "Caseloads 18 to 22 per worker: 45%")?.label != "Caseloads")
    }

    @Test("a count joined to the one before, with a state after its verb, counts the same things", arguments: [
        ("It was noted that 21 measures had achieved their target, 5 were within tolerance and 6 were currently outside tolerance.",
         5.0, "measures within tolerance"),
        ("Of 45 child deaths, 12 were expected and 33 were unexpected.", 33.0, "child deaths unexpected"),
        ("Five of these cases were primary age pupils and five were secondary age pupils.", 5.0, "secondary age pupils"),
    ])
    func aJoinedCountSharesTheThingsCounted(text: String, value: Double, label: String) {
        #expect(metrics(text).last { $0.value == value }?.label == label)
    }

    @Test func theWholeAfterAShare() {
        #expect(metrics("88% of Review Child Protection Conferences were held on time.").first?.label
            == "Review Child Protection Conferences held on time")
    }

    @Test("a figure after a passive verb is labelled with the passive clause's subject", arguments: [
        ("Drift is now being challenged and care orders were discharged for 8 children during quarter 4.",
         8.0, "care orders discharged for children"),
        ("The advice given was followed by 12 schools.", 12.0, "advice given followed by schools"),
        ("Child protection plans were not extended for 4 children.", 4.0, "Child protection plans not extended for children"),
    ])
    func passiveSubject(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test("a time phrase between the population and its verb is left out of the label", arguments: [
        ("10.8 per cent of the children referred during this quarter had been re-referred within 12 months.", 10.8,
         "children referred had been re-referred within 12 months"),
        ("94.1 per cent of children in Quarter 1 had a Review Health Assessment completed.", 94.1,
         "children had a Review Health Assessment completed"),
        ("96 per cent of referrals during quarter four were completed within one working day.", 96.0,
         "referrals completed within one working day"),
    ])
    func timePhraseBeforeTheVerb(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test("a speaker's own verb gives way to the reported clause's subject", arguments: [
        ("Ms Hammond was pleased to announce that the percentage of children leaving care who were adopted was 16.6%.", 16.6,
         "children leaving care who were adopted"),
        ("Data analysis tells us that the number of contacts was 4,210.", 4_210.0, "contacts"),
        ("A report to the Scrutiny Committee showed the number of youngsters in its care has fallen from 737 in March 2015 to 660 by April 2018.",
         660.0, "youngsters in its care"),
    ])
    func reportedSubject(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test("a word that names nothing is no label; the subject is", arguments: [
        ("The population of approximately 540,100 has grown from 522,000.", 540_100.0, "population"),
        ("The population is 812,000 representing a large county.", 812_000.0, "population"),
        ("We are now at 51% in-house foster carers.", 51.0, "in-house foster carers"),
    ])
    func emptyLabels(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test func aChangeNamedByTheSentenceBeforeTakesItsLabel() {
        let found = metrics("There were 1,480 referrals to social care in 2019-20. This was a 17.6% decrease.")
        #expect(found.map(\.label) == ["referrals to social care", "change in referrals to social care"])
    }

    @Test func aParticipleOrReasonStillOpensALabelAfterAFigure() {
        #expect(metric(184, in: "Of the new plans, 184 because of emotional abuse were started.")?.label.hasPrefix("because of emotional abuse") == true)
    }

    @Test func aTimePhraseEndingTheLabelStaysOut() {
        #expect(metric(88, in: "88% of children in 2019-20 were seen within 10 days.")?.label == "children seen within 10 days")
        #expect(metric(412, in: "There were 412 children in care during 2019-20.")?.label == "children in care")
    }

    @Test func aPassiveWithoutItsOwnSubjectKeepsTheClauseBefore() {
        let label = metric(22, in: "A reflection workshop took place in January 2020 and was attended by 22 practitioners.")?.label
        #expect(label?.hasPrefix("reflection workshop took place") == true)
        #expect(label?.hasSuffix("attended by practitioners") == true)
    }

    @Test func aPassiveWithoutAPrepositionIsNoLead() {
        // A run-on sentence: "established" does not govern the figure, so the words after the figure name it.
        #expect(metric(5, in: "A parent group has been established 5 meetings have now taken place.")?.label
            == "meetings have now taken place")
    }

    @Test("a period inside the subject leaves the label with the words that led into it", arguments: [
        ("The number of children in care at 31 March 2020 was 614.", 614.0, "children in care", "31 March 2020"),
        ("The rate of referrals for the year ending March 2021 is 512.", 512.0, "rate of referrals", "March 2021"),
        ("Referrals in quarter 4 rose to 1,200.", 1200.0, "Referrals", "quarter 4"),
        ("The number of children at 31 March 2020 subject to a plan was 300.", 300.0, "children subject to a plan", "31 March 2020"),
    ])
    func periodInSubject(text: String, value: Double, label: String, period: String) {
        let m = metric(value, in: text)
        #expect(m?.label == label)
        #expect(m?.period == period)
    }

    @Test func yearToDateStaysInTheLabel() {
        #expect(metric(80, in: "Assessments in timescale rose to 87% in quarter 4; with the year to date outturn being 80% compared to 65% in 2018/19.")?.label.contains("year to date") == true)
    }

    @Test func aDemonstrativeMeasureIsTheFigureBefore() {
        let found = metrics("The re-referral rate was 19% in 2020. This figure increased by 0.5% in 2021.")
        #expect(found.map(\.value) == [19, 0.5])
        #expect(found.last?.label == "change in " + (found.first?.label ?? ""))
    }

    @Test func aSubordinatingConjunctionIsNoPartOfTheLabel() {
        #expect(metric(269, in: "Although the overall number of referrals to social care fell by 269 over the year, the rate stabilised.")?.label
            == "change in referrals to social care")
    }

    @Test(arguments: [
        ("There was a steady increase in the number of children with protection plans throughout 2010/11 – 106 represented the highest number since the late 1990's.", 106.0, "children with protection plans"),
        ("Referrals rose to 2,400 in 2022/23 and 2,610 was the highest number recorded.", 2610, "Referrals"),
    ])
    func aFigureRankingItselfCountsWhatWasNamedBefore(sentence: String, value: Double, label: String) {
        #expect(metric(value, in: sentence)?.label == label)
    }

    @Test func aRateRestatingTheCountBeforeTakesItsLabel() {
        let found = metrics("At the end of 2018/19 there had been 1967 referrals, which is a year-end rate of 329.5 per 10,000.")
        #expect(found.map(\.label) == ["referrals", "referrals"])
        // A rate named by its own noun is a measure of its own.
        #expect(metric(76, in: "290 templates were circulated to schools so this represents a return rate of 76%.")?.label.contains("circulated") == false)
    }

    @Test(arguments: [
        ("Blackpool has a LAC rate of 164 per 10,000 children.", 164.0, "LAC rate"),
        ("Shropshire has a referral rate of 329.5 per 10,000, compared to 548.2 nationally.", 329.5, "referral rate"),
    ])
    func whatAPlaceHasAValueOfIsTheMeasure(sentence: String, value: Double, label: String) {
        #expect(metric(value, in: sentence)?.label == label)
    }

    @Test func aRelativeAdverbOpeningTheClauseIsNoPartOfTheLabel() {
        #expect(metric(5000, in: "This was compared with the average figure before the pandemic, where referrals to children's services were approximately 5,000 per year.")?.label
            == "referrals to children's services")
    }

    @Test func aChangeAfterACommaMeasuresTheFigureBefore() {
        let found = metrics("Children's services received 640,430 social care referrals in 2022-23, down 1.5% (9,840) on 2021-22.")
        #expect(found.map(\.value) == [640430, 1.5, 9840])
        #expect(found.first?.label.contains("social care referrals") == true)
        // "down 1.5% (9,840)": the same change in per cent and in referrals.
        #expect(found.dropFirst().map(\.label) == ["change in " + (found.first?.label ?? ""), "change in " + (found.first?.label ?? "")])
    }

    @Test func linesOfAPeriodAndAFigureTakeTheirLeadInsName() {
        let text = """
            Number of Section 47 enquiries is provided below:-

            2017/18 – 2,058

            2016/17 – 1,452
            """
        let found = metrics(text)
        #expect(found.map(\.value) == [2058, 1452])
        #expect(found.allSatisfy { $0.label == "Number of Section 47 enquiries" })
        #expect(found.map(\.period) == ["2017/18", "2016/17"])
    }

    @Test func aFigureWithoutWordsMeasuresWhatNumberOfNamedBeforeIt() {
        let m = metric(193, in: "There was an increase in the overall number of strategy discussions, 193 in Q3 compared with 171 in Q2.")
        #expect(m?.label == "strategy discussions")
        #expect(m?.previous?.value == 171)
    }

    @Test func countsOfWhichArePartsOfThePopulationNamedBefore() {
        let found = metrics("During 2021-22 the panel reviewed 45 child deaths, of which 12 were expected and 33 were unexpected.")
        #expect(found.map(\.label) == ["panel reviewed child deaths", "child deaths expected", "child deaths unexpected"])
    }

    @Test func aPartWrittenBeforeItsOfWhichIsOfThePopulationBefore() {
        let found = metrics("85 referrals had been considered by the CSE Panel, 15 of which were considered high risk.")
        #expect(found.last?.label == "referrals considered high risk")
    }

    @Test func ofWhichBeforeANounOfItsOwnIsNoPart() {
        #expect(metric(12, in: "The panel met 6 times, of which 12 cases were discussed.")?.label.hasPrefix("cases") == true)
    }

    @Test func aShareThatCameFromSomewhereIsOfThePopulationBefore() {
        #expect(metric(41, in: "Of the 312 referrals, 41% came from education settings.")?.label == "referrals came from education settings")
    }

    @Test("a preposition and a period's remnant is no label; what 'number of' named is", arguments: [
        ("We have seen an increase in the number of assessments being completed in timescales from 73% in quarter 3 to 87% in quarter 4.",
         87.0, "assessments completed in timescales"),
        ("There has been a small decrease in the numbers of children on a plan from 186 in February to 180 in March.",
         180.0, "children on a plan"),
    ])
    func strayRemnant(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test("a change 'of' a figure 'in' something names that thing", arguments: [
        ("This year saw an increase of 28.7% in attendance compared to the previous year.", 28.7, "change in attendance"),
        ("The partnership recorded a reduction of 15% in repeat referrals during 2021-22.", 15.0, "change in repeat referrals"),
        ("There was a rise of 230 in the number of contacts.", 230.0, "change in contacts"),
    ])
    func changeOfFigureInThing(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test("a sentence adverb opening the subject is no part of the label", arguments: [
        "Also the re-referral rate was 19%.", "In addition, the re-referral rate was 19%.", "Encouragingly the re-referral rate was 19%.",
    ])
    func sentenceAdverbs(text: String) {
        #expect(metric(19, in: text)?.label == "re-referral rate")
    }

    @Test("a figure joined to the one before with only a phrase of its own swaps in that phrase", arguments: [
        ("In 2022/23, 41% of referrals came from education settings and 18% from the police.", 18.0, "referrals came from the police"),
        ("There were 7 referrals to MASH and 1 to Early Help via the helpline.", 1.0, "referrals to Early Help via the helpline"),
        ("The rate was 5% in quarter 1 and 7% in quarter 2.", 7.0, "rate"),
        // The earlier label has no such phrase to swap: the population it counted takes this one's.
        ("That includes 356 youngsters who were under plans because of neglect, 36 for sexual abuse and 84 for emotional abuse.", 36.0, "youngsters for sexual abuse"),
        ("That includes 356 youngsters who were under plans because of neglect, 36 for sexual abuse and 84 for emotional abuse.", 84.0, "youngsters for emotional abuse"),
        ("Of the 36 deaths, 22 were reported in Cambridgeshire and 14 in Peterborough.", 14.0, "deaths reported in Peterborough"),
    ])
    func coordinatedFigures(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test func aChangeClosingFigureMeasuresWhatNumberOfNamedUpToItsVerb() {
        let text = "Since April 2020 the number of Children In Need has increased by 18%, from 1,117 children to 1318."
        #expect(metric(1318, in: text)?.label == "Children In Need")
    }

    @Test func aJoinedFigureEndingTheTextIsNamed() {
        // The figure is the text's last token: the phrase after it is looked for within bounds.
        #expect(metrics("There were 7 referrals to MASH and 1").map(\.value) == [7, 1])
    }

    @Test func aPredicateLendsNoPopulationToTheNextFigure() throws {
        let label = try #require(metric(44, in: "For referrals 86% completed in 1 day and 44% for contacts.")?.label)
        #expect(!label.contains("completed"))
    }

    @Test("a share's population ends at a verb that is no participle", arguments: [
        ("In 2022/23, 32% of referrals came from the police, 18% came from health services and 14% came from schools.", 18.0, "referrals came from health services"),
        ("In 2022/23, 32% of referrals came from the police, 18% came from health services and 14% came from schools.", 14.0, "referrals came from schools"),
    ])
    func shareVerbEndsThePopulation(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test func aRelativeClauseKeepsItsVerb() {
        #expect(metrics("There were 498 children who were subject to a child protection plan.").first?.label
            == "children who were subject to a child protection plan")
    }

    @Test("a count and its share joined by 'or' are named alike", arguments: [
        (624.0, "cases had been open for more than two years"),
        (439.0, "cases had been open less than three months"),
    ])
    func aCountOrItsShare(value: Double, label: String) {
        let text = "Of all cases, 624 or 37.7 per cent of cases had been open for more than two years, while 439 or 26.5 per cent had been open less than three months."
        #expect(metric(value, in: text)?.label == label)
    }

    @Test func theSubjectWhenNoNounFollows() {
        #expect(metrics("The number of children missing education has fallen to 41.").first?.label == "children missing education")
    }

    @Test func theSubjectOfARelativeClause() {
        let label = metric(16, in: "The number of children who have become subject of a plan for a second time has fallen to 16% in 2021-22.")?.label
        #expect(label == "children who have become subject of a plan for a second time")
    }

    @Test("a preposition ends the label only where a period follows it", arguments: [
        ("There were 391,000 children in need at 31 March 2015.", "children in need"),
        ("The group undertook 3 meetings between November and March 2020.", "group undertook meetings"),
        ("There were 2,950 requests for Early Help in the year 2021-22.", "requests for Early Help"),
    ])
    func prepositionBeforePeriod(text: String, label: String) {
        #expect(metrics(text).first?.label == label)
    }

    @Test func aSpanOfQuartersIsNoComparator() {
        let found = metrics("Assessments which took over 45 days had been lower than all comparator averages for the past 2 quarters.")
        #expect(found.map(\.value) == [45])
        #expect(found.first?.comparators.isEmpty == true)
    }

    @Test func anInfographicFigureTakesTheCaptionPrintedUnderIt() {
        let text = "Local context\n\n19.1%\n\nPupils eligible for free school meals\n\n21.6%\n\nChildren living in low income households\n"
        #expect(metrics(text).map(\.label) == ["Pupils eligible for free school meals", "Children living in low income households"])
    }

    @Test func anInfographicFigureWithNothingUnderItTakesTheCaptionAbove() {
        let found = metrics("Pupils with school support\n\n3112 (13.4%)\n")
        #expect(found.map(\.value) == [3112, 13.4])
        #expect(found.allSatisfy { $0.label == "Pupils with school support" })
    }

    @Test func aFigureBetweenFiguresKeepsNoCaption() {
        let found = metrics("Contacts\n\n9,861\n\n9,645\n\n1 April 2017 – 31 March 2018\n")
        #expect(found.first { $0.value == 9861 }?.label != "1 April 2017 – 31 March 2018")
    }

    @Test func aBareMeasureWordTakesTheTopicOfTheSentenceBefore() {
        let text = "- The number of child protection plans started within 2019-20 has decreased from 2018-19. The rate of 65 per 10,000 is in line with our statistical neighbours (64)."
        let m = metric(65, in: text)
        #expect(m?.label == "child protection plans started")
        #expect(m?.unit == .rate)
    }

    @Test func aMeasureWordWithoutATopicBeforeStaysAsWritten() {
        #expect(metric(65, in: "The rate of 65 per 10,000 is in line with our statistical neighbours (64).")?.label == "rate")
    }

    @Test func theSubjectOfAReportedClauseIsTheFiguresNotTheReporters() {
        let label = metrics("Data analysis tells us that the pages are accessed an average of 4,275 per month.").first?.label
        #expect(label == "pages")
    }

    @Test func thePeriodIsNotPartOfTheLabel() {
        #expect(metrics("There were 2,950 requests for Early Help in 2021-22.").first?.label == "requests for Early Help")
    }

    @Test func aPronounTakesTheLabelOfTheFigureBefore() {
        let found = metrics("22% of children are overweight in Reception, this rises to 36% in Year 6.")
        #expect(found.map(\.label) == ["children overweight in Reception", "children overweight in Reception"])
    }

    @Test func aShareWithItsCountInParenthesesIsNamedByTheWordsAfterBoth() {
        let found = metrics("Of those cases, 82% (3,045) were being held open on a child in need basis and 9% (346) were cases involving children looked after.")
        #expect(found.map(\.value) == [82, 3045, 9, 346])
        // The first, right after "Of those cases,", is of those cases.
        #expect(found.map(\.label) == [
            "cases held open on a child in need basis", "cases held open on a child in need basis",
            "cases involving children looked after", "cases involving children looked after",
        ])
    }

    @Test("a rate restating the figure before it measures the same thing", arguments: [
        "There were 3,109 children in need as at 31 March 2017, equating to 284 per 10,000 population.",
        "There were 3,109 children in need as at 31 March 2017, which equates to 284 per 10,000 children.",
    ])
    func restatedRate(text: String) {
        let found = metrics(text)
        #expect(found.map(\.value) == [3109, 284])
        #expect(found.map(\.label) == ["children in need", "children in need"])
    }

    @Test("a pronoun's change names what the figure before measured", arguments: [
        "At the end of March there were 273 children on plans, which has increased to 299.",
        "There were 273 children on plans at the end of March. This has since increased to 299.",
    ])
    func pronounChange(text: String) {
        let found = metrics(text)
        #expect(found.map(\.value) == [273, 299])
        #expect(found.count == 2 && found[1].label == found[0].label)
    }

    @Test func aCountAfterRepresentingIsItsOwnThing() {
        let found = metrics("During that period 2681 delegates attended, representing 69 different organisations.")
        #expect(found.last?.label == "different organisations")
    }

    @Test func aParenthesisOfWordsAfterAFigureIsNoRestatedFigure() {
        #expect(metrics("There were 120 referrals (from schools) made in the year.").first?.label == "referrals (from schools) made in the year")
    }

    @Test func aParenthesisedShareTakesTheNounBeforeIt() {
        #expect(metrics("- Parental mental health concerns (8.1%)").first?.label == "Parental mental health concerns")
    }

    @Test func theObjectOfAVerb() {
        #expect(metrics("Health visitors attended 64% of conferences.").first?.label == "Health visitors attended conferences")
    }

    @Test func aShareAfterAnotherTakesItsPopulation() {
        let label = metric(71, in: "100% of review health assessments were offered on time with 71% completed within timescale.")?.label
        #expect(label == "review health assessments completed within timescale")
    }

    @Test("a measure of a population keeps what is counted, with its relative clause or participle", arguments: [
        ("The proportion of referrals that were repeat referrals within 12 months was 21%.",
         "referrals that were repeat referrals within 12 months"),
        ("The proportion of children seen within timescales increased to 91%.", "children seen within timescales"),
        ("The number of children who started a plan was 412.", "children who started a plan"),
    ])
    func measuredPopulation(text: String, label: String) {
        #expect(metrics(text).first?.label == label)
    }

    @Test func aChangeSeenByAPeriodNamesWhatChanged() {
        let text = "Q4 has seen a net reduction of children subject to care proceedings, from 52 to 34."
        #expect(metric(34, in: text)?.label == "children subject to care proceedings")
    }

    @Test("words set off by a colon before a figure name it", arguments: [
        ("Children in care: 312.", 312.0, "Children in care"),
        ("Children in care: 312 (31 March 2022: 298).", 312.0, "Children in care"),
        ("S47 investigations will take place within timescales. Target 95% Outturn 2018/19 : 34%", 34.0, "Outturn"),
        ("Target of 95% CIN visits average Aug 2018 – March 2019 : 53%", 53.0, "CIN visits average"),
    ])
    func labelSetOffByAColon(text: String, value: Double, label: String) {
        #expect(metric(value, in: text)?.label == label)
    }

    @Test func aCountAfterOfWhichTakesThePopulationEvenWithItsShareBetween() {
        let found = metrics("5,432 contacts were received, of which 1,234 (23%) progressed to referral.")
        #expect(found.map(\.value) == [5432, 1234, 23])
        #expect(found.dropFirst().allSatisfy { $0.label == "contacts progressed to referral" })
    }

    @Test func aRowOfFiguresSpacedByTheConverterIsReadAsFigures() {
        let found = metrics("Key figures\n\nContacts                     9,876     10,178\n")
        #expect(found.map(\.value) == [9876, 10178])
        #expect(found.allSatisfy { $0.label == "Contacts" })
    }

    @Test func aScorecardsJudgementUnderAFigureIsNoCaptionItsTitleAboveIs() {
        let text = """
            Scorecard

            Percentage of referrals to children's social care within 12 months of a previous referral

            19.9%

            Requires improvement

            Percentage of children who became subject of a child protection plan for a second time

            16.0%

            Improved performance
            """
        #expect(metrics(text).map(\.label) == [
            "Percentage of referrals to children's social care within 12 months of a previous referral",
            "Percentage of children who became subject of a child protection plan for a second time",
        ])
    }

    @Test("a label reads through the commas of a list of single words", arguments: [
        ("29.6 per cent of care leavers were not in employment, education or training (NEET).", 29.6,
         "care leavers not in employment, education or training (NEET)"),
        ("The proportion of care leavers in education, employment or training was 61 per cent.", 61,
         "care leavers in education, employment or training"),
        ("81% of children became looked after due to abuse, neglect, or family dysfunction.", 81,
         "children became looked after due to abuse, neglect, or family dysfunction"),
        // A comma before a clause still ends it.
        ("45% of referrals came from the police, and schools made 20%.", 45, "referrals came from the police"),
    ] as [(String, Double, String)])
    func listCommas(sentence: String, value: Double, label: String) {
        #expect(metric(value, in: sentence)?.label == label)
    }

    @Test func aLevelGivenAfterACommaIsOfWhatTheNumberOfNamed() {
        let text = "Cheshire West has experienced a significant reduction in the number of children in need, currently at 262.3 per 10,000, below the target of 310 per 10,000."
        #expect(metric(262.3, in: text)?.label == "children in need")
    }

    @Test func whereAChangeWasSeenIsWhatChanged() {
        #expect(metric(20, in: "There was an increase of 20% seen in referrals from schools compared to 2022/23.")?.label
            == "change in referrals from schools")
    }

    @Test("how often a body met counts its meetings", arguments: [
        ("The Board met four times during the year.", 4.0, "Board meetings"),
        ("The LSCB Executive was a core decision making group and met six times a year.", 6, "LSCB Executive meetings"),
        ("The Executive met six times, whilst the wider LSCB Partnership met three times a year.", 3, "wider LSCB Partnership meetings"),
    ] as [(String, Double, String)])
    func meetingsOfABody(sentence: String, value: Double, label: String) {
        #expect(metric(value, in: sentence)?.label == label)
    }

    @Test("two shares of two groups joined by 'and' share the predicate written after the second", arguments: [
        ("85% of boys and 90% of girls achieved the expected standard.", 85.0, "boys achieved the expected standard"),
        ("100 per cent of children with a Child Protection (CP) plan and 100 per cent of Children in Care (CiC) have an allocated social worker.",
         -1, "children with a Child Protection (CP) plan have an allocated social worker"),
        // A first share with a verb of its own keeps its words.
        ("45% of referrals came from the police and 20% of contacts were from schools.", 45, "referrals came from the police"),
    ] as [(String, Double, String)])
    func predicateSharedBack(sentence: String, value: Double, label: String) {
        let found = metrics(sentence)
        let m = value < 0 ? found.first : found.first { $0.value == value }
        #expect(m?.label == label)
    }

    @Test("a contrast with a subject of its own names the figure in it; one sharing the subject before does not", arguments: [
        ("The number of Children in Care has not increased dramatically but UASC Care Leavers has increased by 164% since June 2017.",
         164.0, "change in UASC Care Leavers"),
        ("The population of 10 to 15 year olds is projected to increase by 4.3% while the population of 16 to 17 year olds is projected to increase by 5.6%.",
         5.6, "change in population of 16 to 17 year olds"),
        ("Numbers of Looked After Children (LAC) remained steady to November 2016 but since then has increased by 70.",
         70, "change in Looked After Children (LAC)"),
    ] as [(String, Double, String)])
    func contrastClauses(sentence: String, value: Double, label: String) {
        #expect(metric(value, in: sentence)?.label == label)
    }

    @Test func wordsInQuotationMarksAreKeptAsWritten() {
        let m = metric(12, in: "12 schools achieved “Children are safe and feel safe” status this year.")
        #expect(m?.label.contains("“Children are safe and feel safe”") == true)
    }
}
