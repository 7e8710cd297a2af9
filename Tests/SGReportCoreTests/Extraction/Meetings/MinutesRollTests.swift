import Testing
@testable import SGReportCore

/// Minutes list who was present and who sent apologies in several templates: a labelled line, a lead-in with the
/// names on the lines after, a two-column cover table. Synthetic minutes in those templates.
@Suite struct MinutesRollTests {
    private func minutes(_ body: String) throws -> Meeting {
        let text = "Minutes of the meeting of the Northshire Safeguarding Partnership held on 12 March 2023 at 10.00 am\n\n" + body
        return try #require(document(text).meetings.first)
    }

    @Test func apologiesFromTheFollowingAreTheNamesOnTheLinesAfter() throws {
        let m = try minutes("""
            Apologies for absence were received from the following:

            Cllr P Jones, Cllr R Davies

            1. Declarations of interest
            """)
        #expect(m.apologies == ["Cllr P Jones", "Cllr R Davies"])
        #expect(m.agenda.map(\.title) == ["Declarations of interest"])
    }

    @Test func apologiesListedAsBulletsUnderALeadIn() throws {
        let m = try minutes("Apologies were noted from the following members:\n\n- Cllr P Jones\n- Dr Sam Hill (Designated Doctor)\n")
        #expect(m.apologies == ["Cllr P Jones", "Dr Sam Hill (Designated Doctor)"])
    }

    @Test("the wording between 'Apologies' and the names is skipped", arguments: [
        "Apologies for absence were received from Cllr P Jones and Cllr R Davies.",
        "Apologies were submitted on behalf of Cllr P Jones and Cllr R Davies.",
        "Apologies had been received from Cllr P Jones and Cllr R Davies",
        "Apologies: Cllr P Jones, Cllr R Davies",
        "Apologies for non-attendance were received from Cllr P Jones and Cllr R Davies.",
        // Told inside a paragraph, after a welcome.
        "The Chair welcomed everyone to the meeting. Apologies had been received from Cllr P Jones and Cllr R Davies.",
        "Introductions around the room were made and apologies were noted from Cllr P Jones and Cllr R Davies.",
    ])
    func apologiesWording(line: String) throws {
        #expect(try minutes(line).apologies == ["Cllr P Jones", "Cllr R Davies"])
    }

    @Test func twoNamesEachWithARoleInParenthesesAreTwoPeople() throws {
        let m = try minutes("Apologies were received from Councillor Nick Johnson, Martin Brecknell (Co-opted member) and Mannah Kargbo (Co-opted member).")
        #expect(m.apologies == ["Councillor Nick Johnson", "Martin Brecknell (Co-opted member)", "Mannah Kargbo (Co-opted member)"])
    }

    @Test func printedMinutesNameTheBodyAboveADateAlone() throws {
        let text = """
            CHILDREN'S SERVICES OVERVIEW AND SCRUTINY PANEL

            MONDAY, 4 AUGUST 2008

            PRESENT: Councillors Maxwell (Chairman), J Evans and Mrs Stock.

            12/08 APOLOGIES FOR ABSENCE

            Apologies for absence were received from Councillor Lenton.
            """
        let found = document(text).meetings
        #expect(found.count == 1)
        let m = try #require(found.first)
        #expect(m.date.iso == "2008-08-04")
        #expect(m.status == .held)
        #expect(m.body == "CHILDREN'S SERVICES OVERVIEW AND SCRUTINY PANEL")
        #expect(m.present == ["Councillor Maxwell (Chairman)", "Councillor J Evans", "Councillor Mrs Stock"])
        #expect(m.apologies == ["Councillor Lenton"])
    }

    @Test func printedMinutesMayPutTheTimeAndRoomBetweenTheDateAndTheRoll() throws {
        let text = """
            Corporate Parenting Board Minutes

            Thursday 26 April 2012
            4:30 p.m.
            Mandela Room, Town Hall, Middlesbrough

            Attendance Details

            Councillor M Carr (Chair), Councillor J Brunton, Councillor T Harvey
            Apologies for absence:
            were submitted on behalf of Councillor J Sharrocks and Councillor B Thompson
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.date.iso == "2012-04-26")
        #expect(m.time == "16:30")
        #expect(m.location == "Mandela Room, Town Hall, Middlesbrough")
        #expect(m.status == .held)
        #expect(m.present == ["Councillor M Carr (Chair)", "Councillor J Brunton", "Councillor T Harvey"])
        #expect(m.apologies == ["Councillor J Sharrocks", "Councillor B Thompson"])
    }

    @Test func aDateOverASentenceIsNoMinutesHeading() {
        let text = "Report\n\nThursday 26 April 2012\n\nThe Board considered the plan at length.\n\nPresent: Councillor A Smith\n"
        #expect(document(text).meetings.allSatisfy { $0.present.isEmpty })
    }

    @Test func aPluralTitleGoesBeforeEachNameHonorificsAndAll() throws {
        let m = try minutes("""
            Present: Councillors Mrs Beaumont, Cherrett and Mrs Norton

            Apologies for absence were received from Councillors Smith and Jones.
            """)
        #expect(m.present == ["Councillor Mrs Beaumont", "Councillor Cherrett", "Councillor Mrs Norton"])
        #expect(m.apologies == ["Councillor Smith", "Councillor Jones"])
    }

    @Test func aRollUnderACoversTimeIsNoPlace() throws {
        let text = """
            Children and Young People Select Committee

            Date: Wednesday 14 April 2010

            Time: 4.30pm

            Present: Cllr David Harrington (Chairman), Cllr Mrs Ann Cains

            The committee noted the report.
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.location == nil)
        #expect(m.present == ["Cllr David Harrington (Chairman)", "Cllr Mrs Ann Cains"])
    }

    @Test("officers and others attending are present too", arguments: [
        "Officers in attendance", "Officers attending", "Also attending", "Others present",
    ])
    func officersInAttendanceArePresent(label: String) throws {
        let m = try minutes("Present: Councillor J Smith (Chair)\n\n\(label): Sarah Jones (Director of Children's Services), Mike Wilson & Mark Price\n")
        #expect(m.present == ["Councillor J Smith (Chair)", "Sarah Jones (Director of Children's Services)", "Mike Wilson", "Mark Price"])
    }

    @Test func aTwoWordPluralTitleGoesBeforeEachName() throws {
        let m = try minutes("Apologies were received from County Councillors Jenny Purcell, Stewart Jones and John Potter.")
        #expect(m.apologies == ["County Councillor Jenny Purcell", "County Councillor Stewart Jones", "County Councillor John Potter"])
    }

    @Test("after a titled first name, a last 'and' between bare names parts two people; within a role it does not", arguments: [
        ("Apologies were received from Councillor Richard Smith, Toni Bromley and Graeme Sunderland.",
         ["Councillor Richard Smith", "Toni Bromley", "Graeme Sunderland"]),
        ("Apologies were received from Councillor Ann Lee, Head of Children and Families.",
         ["Councillor Ann Lee, Head of Children and Families"]),
        ("Apologies for absence had been received from Councillor Wakeley, Councillor Woodcock-Vellemen and Raisel Freedman (Co-Opted Member).",
         ["Councillor Wakeley", "Councillor Woodcock-Vellemen", "Raisel Freedman (Co-Opted Member)"]),
        ("Apologies were received on behalf of Sam Proffitt, Vicky Shepherd, and Sarah Johns.",
         ["Sam Proffitt", "Vicky Shepherd", "Sarah Johns"]),
        ("Apologies were received from Councillor Jones, Education and Skills.", ["Councillor Jones", "Education and Skills"]),
        // Surnames alone after the titled first one.
        ("Apologies for absence were received from Councillor Congreve, Gordon, Howells and Stubbs.",
         ["Councillor Congreve", "Gordon", "Howells", "Stubbs"]),
        // Under a plural title, a title after any "and" opens a name.
        ("Apologies for absence were received from Cllrs Quick and Mrs Airey, and Hilary Hall.",
         ["Cllr Quick", "Cllr Mrs Airey", "Cllr Hilary Hall"]),
    ])
    func aLastAndBetweenBareNames(line: String, names: [String]) throws {
        #expect(try minutes(line).apologies == names)
    }

    @Test func anApologyForSomethingElseListsNoOne() throws {
        #expect(try minutes("The Chair offered apologies for the late papers and thanked officers.").apologies.isEmpty)
    }

    @Test func apologiesForLatenessAreNoApologiesForAbsence() throws {
        let m = try minutes("Apologies for lateness were received from Angela Mason.\n\nApologies for absence were received from Councillor Jones.")
        #expect(m.apologies == ["Councillor Jones"])
    }

    @Test func aSingleApologyIsRead() throws {
        #expect(try minutes("An apology for absence was received from Mr M Alterskye.").apologies == ["Mr M Alterskye"])
    }

    @Test func aSpacedDashMayStandForTheLabelsColon() throws {
        #expect(try minutes("Present - Councillors Mrs. Thomas (Mayor), Abdullah and Smith").present
            == ["Councillor Mrs. Thomas (Mayor)", "Councillor Abdullah", "Councillor Smith"])
    }

    @Test func aDashAfterTheLabelsColonIsNoName() throws {
        #expect(try minutes("PRESENT:- Miss R Ellam, Mrs M Harvey").present == ["Miss R Ellam", "Mrs M Harvey"])
    }

    @Test func aPluralTitleBelongsToEachName() throws {
        #expect(try minutes("Present: Councillors A Smith (Chair), B Jones and C Brown").present
            == ["Councillor A Smith (Chair)", "Councillor B Jones", "Councillor C Brown"])
    }

    @Test func noApologiesLeavesTheListEmptyAndTheNextLineAlone() throws {
        let m = try minutes("Apologies: None.\n\nDeclarations of Interest\n")
        #expect(m.apologies.isEmpty)
    }

    @Test func aCoverTableGivesPresentAndApologiesFromItsRows() throws {
        let m = try minutes("Present\tCllr A Smith (Chair), J Brown, K Green\nApologies\tL White, M Black\nIn attendance\tP Grey (Minute taker)\n")
        #expect(m.present == ["Cllr A Smith (Chair)", "J Brown", "K Green", "P Grey (Minute taker)"])
        #expect(m.apologies == ["L White", "M Black"])
    }

    @Test func aPipeTableRowIsReadLikeATabbedOne() throws {
        let m = try minutes("| Present | Cllr A Smith, J Brown |\n|---|---|\n| Apologies | L White |\n")
        #expect(m.present == ["Cllr A Smith", "J Brown"])
        #expect(m.apologies == ["L White"])
    }

    @Test("after a titled name, a role joins it and a plain name stands alone", arguments: [
        ("Present: Councillor Eve Black, Cabinet Member for Schools", ["Councillor Eve Black, Cabinet Member for Schools"]),
        ("Present: Cllr Ann Lee, Chair", ["Cllr Ann Lee, Chair"]),
        ("Present: Cllr Ann Lee, J Brown, Head of Early Help", ["Cllr Ann Lee", "J Brown, Head of Early Help"]),
    ])
    func rolesAfterNames(line: String, names: [String]) throws {
        #expect(try minutes(line).present == names)
    }

    @Test func aPluralTitleAsTheLabelTitlesEachName() throws {
        let m = try minutes("""
            Present: Councillor A Smith (Chair)

            Councillors: B Jones, C Brown and D Green
            """)
        #expect(m.present == ["Councillor A Smith (Chair)", "Councillor B Jones", "Councillor C Brown", "Councillor D Green"])
    }

    @Test func aNameAndRoleOnALineUnderPresentIsOnePerson() throws {
        let m = try minutes("""
            Present:
            Councillor A Smith (Chair)
            Jane Doe, Director of Children's Services
            Dr B Jones
            """)
        #expect(m.present == ["Councillor A Smith (Chair)", "Jane Doe, Director of Children's Services", "Dr B Jones"])
    }

    @Test("one person a line under a label alone, whatever follows the name", arguments: [
        ("Present:\nJane Smith\nAnn Lee\nPaul Hill\n", ["Jane Smith", "Ann Lee", "Paul Hill"]),
        ("Present:\n\nAnn Lee – Thames Valley Police\n\nJane Smith – Chair\n", ["Ann Lee – Thames Valley Police", "Jane Smith – Chair"]),
        ("Present:\nJane Smith, Independent Chair\nDS Ann Lee, Thames Valley Police\n", ["Jane Smith, Independent Chair", "DS Ann Lee, Thames Valley Police"]),
    ])
    func onePersonALine(body: String, present: [String]) throws {
        #expect(try minutes(body).present == present)
    }

    @Test("apologies name people only: titles spread, roles placed, substitutes dropped", arguments: [
        ("Apologies for absence were received from the Chairman, Councillor Royle and Councillors Fearn and Joy.",
         ["Councillor Royle (Chairman)", "Councillor Fearn", "Councillor Joy"]),
        ("Apologies were received from Mrs Dean, Mr Manion and Mr Jeffery for whom Mr Rayner was present.", ["Mrs Dean", "Mr Manion", "Mr Jeffery"]),
        ("Apologies for Absence Councillor(s): S J Gallagher, H M Morris and L V Walton",
         ["Councillor S J Gallagher", "Councillor H M Morris", "Councillor L V Walton"]),
        ("Apologies for Absence and Named Substitutes\n\nApologies were received from Cllr. P. McDonald with Cllr S. Douglas attending as his substitute.",
         ["Cllr. P. McDonald"]),
    ])
    func apologiesNamePeopleOnly(text: String, apologies: [String]) throws {
        #expect(try minutes(text).apologies == apologies)
    }

    @Test func theNextItemsHeadingEndsALineByLineList() throws {
        let m = try minutes("Apologies for absence\n\nCouncillor Phil Jackson – personal reasons\n\nCouncillor Maria Watson - leave\n\nDeclarations of interest\n\nNone.\n")
        #expect(m.apologies == ["Councillor Phil Jackson – personal reasons", "Councillor Maria Watson - leave"])
        #expect(try minutes("Present:\n\nJane Smith\n\nPublic Questions\n\nNone were received.\n").present == ["Jane Smith"])
    }
}

/// Decisions are written "RESOLVED: That …", "Resolved – That …", or with the marker on a line of its own.
@Suite struct MinutesDecisionTests {
    @Test("decision markers", arguments: [
        "Resolved – That the report be noted.", "RESOLVED: That the report be noted.", "Resolved: That the report be noted.",
        "RESOLVED:\n\nThat the report be noted.", "1.5 RESOLVED - That the report be noted.",
        "RESOLVED\n\n\nThat the report be noted.", "Resolved unanimously: That the report be noted.",
    ])
    func markers(text: String) throws {
        let doc = document("Minutes of the meeting of the Northshire Board held on 12 March 2023\n\n" + text + "\n")
        #expect(try #require(doc.meetings.first).decisions == ["That the report be noted."])
    }

    @Test("a decision written without a colon", arguments: [
        ("It was agreed that the report be noted.", "the report be noted."),
        ("Resolved that the report be noted.", "that the report be noted."),
    ])
    func decisionsWithoutAColon(text: String, decision: String) throws {
        let doc = document("Minutes of the meeting of the Northshire Board held on 12 March 2023\n\n" + text + "\n")
        #expect(try #require(doc.meetings.first).decisions == [decision])
    }

    @Test("a decision opened inside a paragraph", arguments: [
        ("After discussion, it was resolved that the report be noted.", "the report be noted."),
        ("The Committee RESOLVED that the report be noted.", "the report be noted."),
        ("Members RESOLVED that the report be noted.", "the report be noted."),
        ("The Panel resolved to note the report.", "to note the report."),
        ("It was unanimously RESOLVED that the report be noted.", "the report be noted."),
        ("It was moved, seconded and RESOLVED that the report be noted.", "the report be noted."),
        ("The minutes were agreed. RESOLVED that the report be noted.", "the report be noted."),
        ("On there being no other nominations, it was\n\nResolved:\n\nTo elect Cllr Jon Hubbard as Chairman.", "To elect Cllr Jon Hubbard as Chairman."),
    ])
    func insideAParagraph(text: String, decision: String) throws {
        #expect(try decided(text).decisions == [decision])
    }

    @Test("words that only look like a decision", arguments: [
        "The minutes were agreed as a correct record by those present.",
        "Officers had agreed with schools that visits would resume.",
    ])
    func notADecision(text: String) throws {
        #expect(try decided(text).decisions.isEmpty)
    }

    @Test func aHyphenatedWordIsNoMarker() throws {
        let doc = document("Minutes of the meeting of the Northshire Board held on 12 March 2023\n\nAgreed-upon actions were reviewed.\n")
        #expect(try #require(doc.meetings.first).decisions.isEmpty)
    }

    private func decided(_ body: String) throws -> Meeting {
        try #require(document("Minutes of the meeting of the Northshire Board held on 12 March 2023\n\n" + body + "\n").meetings.first)
    }

    @Test func aResolutionGluedToItsMarkerIsRead() throws {
        let m = try decided("RESOLVEDThat the minutes of the meeting held on 14 November 2022 be confirmed as a correct record.")
        #expect(m.decisions == ["That the minutes of the meeting held on 14 November 2022 be confirmed as a correct record."])
    }

    @Test func aResolutionInRomanPartsIsOneDecisionAndTheNextItemStays() throws {
        let text = """
            Agenda and minutes

            Children's Scrutiny Committee - Wednesday, 14th September, 2022 10.30 am

            Items

            2.

            Constitution

            Resolved: That the following be noted:

             i.  The appointment of County Councillor Ann Kay as Chair;

            ii.  The membership of the committee; and

            iii.  The Terms of Reference.

            3.

            Disclosure of Interests
            """
        let m = try #require(document(text).meetings.first)
        #expect(m.decisions == [
            "That the following be noted: i. The appointment of County Councillor Ann Kay as Chair; ii. The membership of the committee; and iii. The Terms of Reference."
        ])
        #expect(m.agenda.map(\.number) == ["2", "3"])
    }

    @Test func aResolutionInLetteredPartsIsOneDecision() throws {
        let m = try decided("""
            13. Annual Report

            RESOLVED: That

            (a) the report be noted; and

            (b) the committee receives an update in six months.

            14. Work Programme
            """)
        #expect(m.decisions == ["That (a) the report be noted; and (b) the committee receives an update in six months."])
        #expect(m.agenda.map { $0.number } == ["13", "14"])
    }
}
