import Testing
@testable import SGReportCore

@Suite struct BlockParserTests {
    @Test func rejoinsASentenceBrokenAcrossABlankLine() {
        let t = structure("Data shows a positive impact on families as\n\nmore families step down to universal help.\n")
        #expect(t.blocks.count == 1)
        #expect(t.blocks[0].text == "Data shows a positive impact on families as more families step down to universal help.")
        #expect(t.blocks[0].line == 1)
    }

    @Test func aRejoinedParagraphKnowsWhichLineEachWordIsOn() {
        let t = structure("There were 10,178 contacts and\n\n4,368 were referrals to the MASH.\n")
        let b = t.blocks[0]
        let offset = b.text.utf8.count - "4,368 were referrals to the MASH.".utf8.count
        #expect(b.line(atOffset: 0) == 1)
        #expect(b.line(atOffset: offset) == 3)
    }

    @Test func aFinishedSentenceStartsANewParagraph() {
        let t = structure("The Board met four times.\n\nthe minutes are online.\n")
        #expect(t.blocks.count == 2)
    }

    @Test func anUppercaseLineAfterAnUnfinishedOneIsNotJoined() {
        let t = structure("Present: Councillor Carole Gandy (chairperson)\nCouncillor Diana Toynbee (vice-chairperson)\n")
        #expect(t.blocks.count == 2)
    }

    @Test(arguments: [
        "It was noted that the Cabinet had accepted the report at their meeting on 11\nJune 2024.\n",
        "The Board will next meet on 3rd\nMarch 2025 in the Guildhall.\n",
        "The Board met on 4 June\n2023 at the Hall.\n",
    ])
    func aDateBrokenAfterItsDayOrMonthIsRejoined(text: String) {
        #expect(structure(text).blocks.count == 1)
    }

    @Test(arguments: [
        "Referrals 11\nMarch 12\n",  // an infographic's tiles: the day follows no word that leads a date
        "The panel met on 11\nMayfield School hosted it.\n",  // a capitalised word that only starts like a month
        "Total on 11\nJune was the busiest month\n",  // no year follows "June", yet the day leads: this one joins
    ])
    func onlyADayAfterADateWordAndAMonthJoin(text: String) {
        let joined = structure(text).blocks.count == 1
        #expect(joined == text.hasPrefix("Total"))
    }

    @Test func bulletsBecomeListItemsWithDepth() {
        let t = structure("- Register it within 28 days and\n - you must not participate\n")
        #expect(t.kinds() == [.listItem, .listItem])
        #expect(t.blocks.map(\.depth) == [0, 1])
    }

    @Test func aLowercaseLineContinuesTheListItemAbove() {
        let t = structure("- Ensuring an equal voice of all partners\n\nwhich will only happen if all engage.\n")
        #expect(t.blocks.count == 1)
        #expect(t.blocks[0].kind == .listItem)
    }

    @Test func parenthesisedNumberingIsAList() {
        let t = structure("Key Performance Indicators\n\n1) Children reach the expected level of development\n\nOverall 87.6% of children scored above the cut off in all domains this year.\n")
        #expect(t.block(at: 3)?.kind == .listItem)
    }

    @Test func tabRowsAreTableRows() {
        let t = structure("Sector\tNumber\tPercentage\nEducation\t64\t40.5%\n")
        #expect(t.kinds() == [.tableRow, .tableRow])
        #expect(t.blocks[1].cells.map(\.text) == ["Education", "64", "40.5%"])
    }

    @Test func aShortLineBetweenRowsIsTheTablesGroupLabel() {
        let t = structure("Name\tAttended\nDerek Benson\t4/4\nEducation\nAnna Place\t2/4\n")
        #expect(t.kinds() == [.tableRow, .tableRow, .tableRow, .tableRow])
        #expect(t.block(at: 3)?.cells.map(\.text) == ["Education"])
    }

    @Test func dottedContentsLinesAreContentsNotHeadings() {
        let t = structure("# Contents\n\nForeword by Independent Chair .....\t3\n1.1 Purpose of the Annual Report.....\t5\n\n## Foreword by Independent Chair\n\nText of the foreword goes on for a while here.\n")
        #expect(t.block(at: 3)?.kind == .contents)
        #expect(t.block(at: 4)?.kind == .contents)
        #expect(t.block(at: 6)?.kind == .heading)
    }

    @Test func aLongDottedContentsTitleInACellKeepsTheListOpen() {
        let title = "Section 4. Formal Summary Statement of the arrangements to ensure that children are safe in Worcestershire....."
        let t = structure("# Contents\n\nForeword .....\t3\n\(title)\t26\nAppendix 3 Attendance at Board Meetings .....\t33\n")
        #expect(t.kinds() == [.contents, .contents, .contents, .contents])
        #expect(metrics("# Contents\n\nForeword .....\t3\n\(title)\t26\nAppendix 3 Attendance at Board Meetings .....\t33\n").isEmpty)
    }

    @Test func aContentsListWithoutPagesEndsWhereTheBodyRepeatsAnEntry() {
        let t = structure("Contents\n\n- 1. Terms of Reference, attendance dates of meetings.\n- 2. Early Help Strategy and Action Plan\n\n1.Terms of Reference, attendance dates of meetings\n\nIn July 2021 the Terms of Reference were revised as the meeting needed to be refocused.\n")
        #expect(t.block(at: 3)?.kind == .contents)
        #expect(t.block(at: 4)?.kind == .contents)
        #expect(t.block(at: 6)?.kind == .heading)
    }

    @Test("a list item flattened onto one line with its bullets mid-line is split into its items", arguments: [
        "o Scrutiny of transitions between agencies; o An enhanced focus on diversity; and o Plan for the Wood review",
        "• Scrutiny of transitions between agencies • An enhanced focus on diversity • Plan for the Wood review",
    ])
    func inlineBulletsSplitAListItem(line: String) {
        let t = structure("Our priorities are:\n\n\(line)\n")
        #expect(t.blocks.filter { $0.kind == .listItem }.map(\.text)
            == ["Scrutiny of transitions between agencies", "An enhanced focus on diversity", "Plan for the Wood review"])
        #expect(t.blocks.filter { $0.kind == .listItem }.allSatisfy { $0.line == 3 })
    }

    @Test func aLeadInRunningOnIntoItsBulletsIsSplitFromThem() {
        let t = structure("The Board agreed the following key priorities: • Neglect • Child Sexual Exploitation • Early Help\n")
        #expect(t.blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .listItem])
        #expect(t.blocks.first?.text == "The Board agreed the following key priorities:")
    }

    @Test func aBulletInsideAParagraphWithoutALeadInStays() {
        let t = structure("Children said they felt safe • staff said the same • the audit agreed\n")
        #expect(t.blocks.map(\.kind) == [.paragraph])
    }

    @Test func aSemicolonListWithoutBulletsStaysOneItem() {
        let t = structure("- Scrutiny of transitions; an enhanced focus on diversity; and the Wood review\n")
        #expect(t.blocks.map(\.kind) == [.listItem])
    }

    @Test func aLineStartingWithTheWordsOfAContentsEntryIsAHeading() {
        let t = structure("Contents\n\nEarly help offer ..... 4\nQuality assurance ..... 6\n\nEarly help offer for families\n\nThe offer was relaunched in the spring with every partner agency.\n")
        #expect(t.block(at: 6)?.kind == .heading)
    }

    @Test func aOneWordContentsEntryDoesNotMakeALongerLineAHeading() {
        let t = structure("Contents\n\nSafeguarding ..... 4\n\nSafeguarding work grew across the county\n\nThe offer was relaunched in the spring with every partner agency.\n")
        #expect(t.block(at: 3)?.kind == .contents)
        #expect(t.block(at: 5)?.kind == .paragraph)
    }

    @Test func aContentsTitleDrawnOutWithLeadersPastALineLengthIsStillContents() {
        let title = "Contents " + String(repeating: "…", count: 60)  // 189 bytes: longer than any key made up front
        let t = structure("\(title)\n\nForeword by Independent Chair .....\t3\n")
        #expect(t.kinds() == [.contents, .contents])
    }

    @Test func aLongLineStartingWithContentsIsNoContentsTitle() {
        let t = structure("Contents of the plan were agreed by every partner agency at the Board meeting in the spring, after a long consultation with families.\n")
        #expect(t.kinds() == [.paragraph])
    }

    @Test func tabbedPageReferencesAreContents() {
        let t = structure("<u>Contents</u>\n\n1.\tIntroduction and New Arrangements\tPage\t6\n3.\tBudget\tPage 40\n")
        #expect(t.kinds() == [.contents, .contents, .contents])
    }

    @Test func aContentsPageRunIntoOneLineIsContentsHoweverLong() {
        let leader = String(repeating: ".", count: 60)
        let line = "1  Independent Chair's Introduction \(leader) 3 2  The role and purpose of the Partnership \(leader) 6 "
            + "3  Organisation of the Partnership Boards \(leader) 11 4  Local background and context \(leader) 15"
        let t = structure("Contents\n\n\(line)\n\n1 Independent Chair's Introduction\n\nThe Chair writes.\n")
        #expect(t.blocks.contains { $0.kind == .contents && $0.text.contains("Organisation of the Partnership Boards") })
        #expect(metrics("Contents\n\n\(line)\n").isEmpty)
    }

    @Test func proseWithOneEllipsisIsNoContents() {
        let text = String(repeating: "The partnership met its aims. ", count: 12) + "There were 45 referrals .... 3 were re-referrals."
        #expect(structure(text).blocks.allSatisfy { $0.kind != .contents })
    }

    @Test func aRunningHeaderRepeatedOnEveryPageIsFurniture() {
        var text = ""
        for i in 1...5 {
            text += "Safeguarding and Family Support Improvement Plan 2019-2020\n\nThe plan for page \(i) runs on\n\n"
        }
        let t = structure(text)
        #expect(t.blocks.filter { $0.kind == .furniture }.count == 5)
    }

    @Test("a running header or footer carrying its page number at either end is furniture", arguments: [
        { (page: Int) in "\(page) Anytown Safeguarding Children Partnership Annual Report 2021-22" },
        { (page: Int) in "Anytown Safeguarding Children Partnership Annual Report 2021-22 \(page + 10)" },
    ] as [@Sendable (Int) -> String])
    func aNumberedRunningHeaderIsFurniture(header: @Sendable (Int) -> String) {
        var text = ""
        for page in 1...4 { text += "There were \(100 + page) referrals this quarter.\n\n\(header(page))\n\n" }
        let t = structure(text)
        #expect(t.blocks.filter { $0.kind == .furniture }.count == 4)
    }

    @Test func headingsNumberedInSectionsAreNoRunningHeader() {
        let text = ["3. Data sharing", "4.3 Data sharing", "5.3 Data sharing", "6.3 Data sharing"]
            .map { "\($0)\n\nThe partners share data.\n\n" }.joined()
        #expect(structure(text).blocks.allSatisfy { $0.kind != .furniture })
    }

    @Test func furnitureDoesNotBreakASentence() {
        let text = String(repeating: "WSCB Annual Report 2016/17\n\nA page.\n\n", count: 3)
            + "The Board agreed that the plan\n\nWSCB Annual Report 2016/17\n\nshould be reviewed.\n"
        let t = structure(text)
        #expect(t.blocks.contains { $0.text == "The Board agreed that the plan should be reviewed." })
    }

    @Test(arguments: [("1 views", true), ("0 download", true), ("View: 3 times", true), ("Download: 0 times", true),
                      ("3 times", false), ("12 reviews", false), ("Views of 40 children", false)])
    func aSharingSitesCounterIsFurniture(line: String, furniture: Bool) {
        let t = structure("Some prose that is a paragraph of the report, long enough to read.\n\n\(line)\n")
        #expect((t.blocks.last?.kind == .furniture) == furniture)
    }

    @Test(arguments: ["12", "Page 12", "Page 3 of 40", "This page is intentionally left blank"])
    func pageNumbersAndBlankPageNoticesAreFurniture(line: String) {
        let t = structure("Some prose that is a paragraph of the report, long enough to read.\n\n\(line)\n")
        #expect(t.blocks.last?.kind == .furniture)
    }
}
