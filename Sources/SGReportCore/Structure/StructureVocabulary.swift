/// Words that tell structure apart in converted reports; each list says where its words come from.
enum StructureVocabulary {
    /// Titles that open a table of contents (report front matter).
    static let contentsTitles: Set<String> = ["contents", "table of contents", "index", "content"]

    /// Whole lines that are page furniture in converted agenda packs and reports.
    static let furniturePhrases: Set<String> = [
        "this page is intentionally left blank", "this page has been intentionally left blank",
        "page intentionally left blank", "intentionally blank",
    ]

    /// Headings printed minutes put over their roll of names: "Attendance Details" (AKS minutes), "Record of
    /// Attendance". (Not "Attendance" alone: a report's section on school attendance.)
    static let attendanceHeadings: Set<String> = ["attendance details", "record of attendance"]

    /// Counters that document-sharing sites (vdocuments, documents.pub, docslib, pdfslide) print beside a
    /// council PDF they host, kept when its page is copied as text: "1 views", "0 download", "View: 3 times".
    static let siteCounterWords: Set<String> = ["view", "views", "download", "downloads"]

    /// Words that make a short line a sentence rather than a title: auxiliaries and pronouns
    /// ("We also launched …", "It was agreed"); headings in these reports are noun phrases.
    static let sentenceWords: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
        "must", "did", "does", "we", "i", "it", "they", "our", "there", "these", "this", "you",
    ]

    /// Words that number a heading in front of its number: "Section 2.", "Appendix 3", "Priority 1:".
    /// Section and Part are the report's own chapter numbering; Appendix and Annex number back matter;
    /// Priority, Aim and Objective number items inside a chapter ("Priority 1: To support …").
    static let chapterWords: [String: ChapterWord] = [
        "section": .chapter, "part": .chapter, "chapter": .chapter,
        "appendix": .appendix, "annex": .appendix, "annexe": .appendix, "schedule": .appendix,
        "priority": .item, "aim": .item, "objective": .item, "outcome": .item, "theme": .item,
    ]

    enum ChapterWord { case chapter, appendix, item }

    /// Words that open a question heading ("How safe are children in Walsall?", "What did we ask?").
    static let questionWords: Set<String> = [
        "how", "what", "why", "who", "where", "when", "which", "are", "is", "do", "does", "did", "can", "have",
    ]

    /// Small words that stay lower case in Title Case headings.
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
        "with", "&", "–", "-", "vs", "per", "its", "their", "our",
    ]

    /// Job titles that mark a line as a signature or byline ("Derek Benson" / "Independent Chair").
    static let roleWords: Set<String> = [
        "chair", "chairman", "chairperson", "chairwoman", "director", "manager", "officer", "consultant",
        "head", "lead", "coordinator", "co-ordinator", "councillor", "cllr", "commissioner", "superintendent",
        "inspector", "nurse", "doctor", "author", "scrutineer", "executive", "secretary", "clerk",
    ]

    /// Titles before a person's name: a line starting with one lists people, it is no heading.
    static let honorifics: Set<String> = [
        "councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev", "revd",
    ]
}
