/// Words that say what a document is and who publishes it, from the covers of partnership annual
/// reports, council agenda packs and minutes.
enum ReportVocabulary {
    /// Cover words naming the genre, strongest first: an agenda pack that contains minutes is an agenda.
    static let kindCues: [(phrase: String, kind: ReportKind)] = [
        ("agenda", .agenda),
        // A council's summons, and its heading spaced out letter by letter ("A G E N D A").
        ("notice of a public meeting", .agenda),
        ("notice of a meeting", .agenda),
        ("notice of meeting", .agenda),
        ("a g e n d a", .agenda),
        // CMIS council sites title a meeting's page so, agenda and minutes alike.
        ("meeting documents", .agenda),
        ("annual report", .annualReport),
        ("yearly report", .annualReport),
        ("annual review", .annualReport),
        ("minutes of the meeting", .minutes),
        ("minutes", .minutes),
        // Boards' own notes templates: "Notes of the meeting", "Meeting notes", "Action notes".
        ("notes of the meeting", .minutes),
        ("notes of meeting", .minutes),
        ("meeting notes", .minutes),
        ("action notes", .minutes),
        ("record of the meeting", .minutes),
        ("progress report", .progressReport),
        ("progress update", .progressReport),
        ("update report", .progressReport),
        ("update", .progressReport),
        // Weakest: a notes template's label, which a committee's cover sheet may also carry for another genre.
        ("meeting title", .minutes),
    ]

    /// Nouns that end an organisation's name ("Walsall Safeguarding Children Board", "Herefordshire Council").
    static let organisationNouns: Set<String> = [
        "board", "partnership", "council", "trust", "arrangements", "authority", "group", "service", "services",
    ]

    /// Nouns of a council's committee, which belongs to the council rather than being the publisher.
    static let committeeNouns: Set<String> = ["committee", "panel", "cabinet", "sub-committee", "subcommittee"]

    /// Labels of a document's date on its cover ("Date: August 2017", "Dated: 13th September 2022").
    static let dateLabels: Set<String> = ["date", "dated", "published", "date of publication", "publication date", "meeting date"]

    /// Cover words that join the lines of a title ("… Board" / "and" / "… Partnership").
    static let titleJoiners: Set<String> = ["and", "&", "of", "for", "to"]
}
