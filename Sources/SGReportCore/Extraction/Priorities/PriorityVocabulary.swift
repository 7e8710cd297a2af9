/// The words partnership annual reports use to name, introduce, label and rate their priorities.
///
/// Sources: the "Progress against our Priorities" chapters of safeguarding partnership annual reports
/// (`Priority 1: To support …`, `Intention:`, `Still to do during 2020-2021`, `Implementation:`, `Impact:`),
/// action-plan updates appended to partnership papers (`Action Plan Key Priorities`, `Progress:`),
/// board reports' executive summaries and forewords (`focussed on its priorities:`, `will be priorities
/// for the Board in 2017/18`), single-agency priority tables (`Development area … | Responses and
/// Achievements`, `Achieved; …`, `Partially achieved; …`) and the RAG conventions of council plan tables.
enum PriorityVocabulary {
    /// Words that name a numbered priority at the start of a block: "Priority 1:", "Strategic Priority 2 –".
    static let priorityWords: Set<String> = ["priority", "priorities"]

    /// Adjectives that may stand before "Priority N" ("Strategic Priority 2", "Key Priority 3", "Our Priority 1").
    static let numberedPriorityQualifiers: Set<String> = [
        "strategic", "key", "our", "board", "partnership", "business", "plan", "main", "top",
    ]

    /// Ratings that follow "Priority:" in a plan's table or form ("Priority: High"): a level, not a priority's title.
    static let levelWords: Set<String> = ["high", "medium", "low", "critical", "urgent", "normal", "1", "2", "3"]

    /// Other names boards give the list of their priorities ("Our areas of focus for 2022-23", "Focus areas",
    /// "three key areas to focus its work upon:", "priority areas"); each says "focus" or "priorit…", which the
    /// cue test searches for first.
    static let focusPhrases: [String] = ["areas of focus", "focus areas", "areas to focus", "area of focus", "priority areas", "priority themes"]

    /// Words before "priorities" in a heading or lead-in that make what follows something done *for* the
    /// priorities rather than the priorities themselves: "Activities undertaken … to support its priorities",
    /// "Progress against our Priorities" (its items are numbered priorities, read on their own), "the following key
    /// threads run through all priorities:-" (themes across them).
    static let listCueBlockers: Set<String> = [
        "support", "supporting", "supports", "against", "towards", "toward", "deliver", "delivering", "meet",
        "meeting", "achieve", "achieving", "prioritise", "prioritised", "previous",
        "last", "contribute", "contributes", "contributing", "reflect", "reflects", "reflected",
        // Cross-cutting threads: "the following key threads run through all priorities:-".
        "threads", "run", "runs", "running", "through", "though", "throughout", "across", "underpin", "underpins", "underpinning",
    ]

    /// Words that make a heading about measures rather than priorities: a KPI section numbers its
    /// indicators ("Key Priorities and Performance Indicators" / "1) Children reach the expected level …").
    static let listCueExcluders: Set<String> = [
        "indicator", "indicators", "kpi", "kpis", "measures", "performance", "scorecard", "dashboard",
        "recommendations", "agenda",
    ]

    /// Phrases that put a list of priorities in the year after the report ("Priorities and Next Steps",
    /// "priorities for the coming year").
    /// Nouns of a label written before a priority's name ("Overarching priority: Voice of the Child", "Theme: …").
    static let titleLabelNouns: Set<String> = ["priority", "theme", "area", "objective"]

    /// Lead-ins that put the list they open after the report ("The priorities for 2025-2026 will be:", "It was
    /// agreed that the priorities for 2024-25 should be:"), whatever year they name.
    static let futureLeadIns: [String] = ["will be:", "will be as follows", "should be:", "shall be:", "are proposed", "will be;"]

    /// Words that open a sentence whose subject is the list of priorities ("The priorities for …", "Our key
    /// priorities are …").
    static let subjectLeads: Set<String> = ["the", "our", "its", "their", "key", "main", "strategic", "partnership's", "board's"]

    /// Short sentences that open a list whose noun the sentence before named ("… its key priority areas. These are:").
    static let listOpeners: Set<String> = ["these are", "they are", "these were", "they were", "these include", "these included", "as follows", "are as follows"]

    static let nextYearPhrases: [String] = [
        "next steps", "coming year", "next year", "year ahead", "forthcoming year", "going forward",
        "the future", "for next", "future priorities", "ahead", "proposed", "next two years", "next three years",
        "coming years",
    ]

    /// A sub-block label under a priority and where its items go.
    enum NoteKind: Sendable { case actions, progress, stop }

    /// Labels of the sub-blocks under a priority, longest first so "progress to date" wins over "progress".
    /// Actions: what was intended or is still to do. Progress: what was done and what difference it made.
    /// Stop: illustrations that are neither (case studies, quoted feedback), which end the notes.
    static let noteLabels: [(phrase: String, kind: NoteKind)] = [
        ("what we wanted to achieve", .actions), ("what we want to achieve", .actions),
        ("what we said we would do", .actions), ("what we planned to do", .actions),
        ("what we will do", .actions), ("what we need to do", .actions), ("planned actions", .actions),
        ("expected impact", .actions), ("expected outcomes", .actions), ("expected outcome", .actions),
        ("actions required", .actions), ("action required", .actions), ("aims", .actions), ("aim", .actions),
        ("key actions", .actions), ("still to do", .actions), ("intentions", .actions), ("intention", .actions),
        ("actions", .actions), ("action", .actions), ("next steps", .actions), ("to do", .actions),
        ("what difference has it made", .progress), ("what difference did it make", .progress),
        ("what we have done", .progress), ("what we did", .progress), ("progress to date", .progress),
        ("progress update", .progress), ("evidence of impact", .progress), ("implementation", .progress),
        ("achievements", .progress), ("achievement", .progress), ("progress", .progress), ("impact", .progress), ("outcomes", .progress),
        ("update", .progress),
        ("case studies", .stop), ("case study", .stop), ("comments from", .stop), ("comment from", .stop),
        ("practitioner comments", .stop), ("practitioner comment", .stop), ("feedback from", .stop),
        ("practitioner feedback", .stop), ("what children told us", .stop), ("what young people told us", .stop),
        ("quotes", .stop), ("learning from", .stop),
        // Who is responsible: a plan's owner column or sub-block, neither intended nor done.
        ("lead agency", .stop), ("lead officer", .stop), ("leads", .stop), ("lead", .stop), ("owner", .stop),
    ]

    /// Questions a business plan asks of every priority in turn, naming each again under it ("What are we going
    /// to do?" / "VEMT" / …), and where the answers go.
    static let questionCues: [(phrase: String, kind: NoteKind)] = [
        ("what are we going to do", .actions), ("what will we do", .actions), ("what are we trying to achieve", .actions),
        ("what do we want to achieve", .actions), ("how will we do it", .actions), ("how will we do this", .actions),
        ("specific actions", .actions), ("what have we done", .progress), ("what difference has it made", .progress),
    ]

    /// The first words of those questions, for a quick test of every block.
    static let questionLeads: [String] = Array(Set(questionCues.map { String($0.phrase.prefix { $0 != " " }) }))

    /// Labels that carry a rating: "Status: Amber", "RAG rating: Green".
    static let statusLabels: [String] = ["rag rating", "rag status", "rag", "status", "rating"]

    /// Words that rate a priority, longest first ("Partially achieved" before "achieved").
    /// Achievement words come from single-agency response tables; colours from RAG-rated plans.
    static let statusWords: [(phrase: String, status: Priority.Status?)] = [
        ("no response provided", nil), ("not achieved", .red), ("not started", .red),
        ("partially achieved", .inProgress), ("partially met", .inProgress), ("in progress", .inProgress),
        ("ongoing", .inProgress), ("on track", .green), ("fully achieved", .complete), ("achieved", .complete),
        ("completed", .complete), ("complete", .complete), ("met", .complete),
        ("red", .red), ("amber", .amber), ("green", .green), ("blue", .blue),
    ]

    /// Column headings of a table whose rows are priorities (first column) and responses (the others).
    static let tablePriorityHeaders: [String] = [
        "development area", "area for development", "areas for development", "priority", "priorities",
        "key priority", "strategic priority", "area of focus", "areas of focus",
    ]

    /// Column headings that hold a rating rather than notes.
    static let tableStatusHeaders: [String] = ["rag", "rag rating", "rag status", "status", "rating"]

    /// Column headings of a direction-of-travel mark ("↑", "improving").
    static let tableTrendHeaders: [String] = ["direction of travel", "trend", "dot"]

    // MARK: Prose ("CSE and the 'lived experience' of the child will be priorities for the Board in 2017/18")

    /// Verbs that link a topic to "priority": present ones state a current priority, future ones a next one.
    /// Verbs after "priorities" that open the list of them in a sentence ("Our priorities are neglect, …").
    static let listVerbs: Set<String> = ["are", "were", "remain", "include", "included", "being"]

    /// Words between a list's verb and its items that belong to neither ("Key priorities for the next year were
    /// around; strengthening …", "are focused on: …"), from partnership minutes and annual reports.
    static let listLeads: [[String]] = [
        ["around"], ["focused", "on"], ["focussed", "on"], ["centred", "on"], ["centered", "on"], ["based", "on"],
        ["about"], ["as", "follows"],
    ]

    static let presentCopulas: [[String]] = [
        ["continues", "to", "be"], ["continue", "to", "be"], ["has", "been"], ["have", "been"],
        ["remains"], ["remain"], ["is"], ["are"],
    ]
    static let futureCopulas: [[String]] = [
        ["will", "continue", "to", "be"], ["will", "remain"], ["will", "be"], ["will", "also", "be"],
        ["will", "become"],
    ]

    /// Words between the copula and "priority": "a", "the key", "a strategic", "one of our".
    static let priorityModifiers: Set<String> = [
        "a", "an", "the", "our", "its", "their", "key", "strategic", "top", "high", "main", "particular",
        "continuing", "ongoing", "major", "clear", "shared", "recognised", "partnership", "board", "clear",
        "significant", "real", "first", "one", "of", "area", "areas", "specific",
    ]

    /// Subjects that only point back to something said before; "both" and "all three" are resolved.
    static let pronounSubjects: Set<String> = [
        "this", "it", "that", "these", "those", "they", "which", "there", "he", "she", "we", "what", "who",
        "each", "such", "all", "which",
    ]
    static let coordinatingPronouns: Set<String> = ["both"]

    /// Words that open an adverbial before the subject ("Whilst …, CSE remains a priority").
    static let clauseOpeners: Set<String> = [
        "as", "whilst", "while", "although", "though", "because", "since", "following", "given", "in",
        "during", "with", "however", "therefore", "moreover", "additionally", "also", "so", "but", "and",
        "consequently", "furthermore", "for", "from", "after", "before", "once", "if", "when", "where",
    ]

    /// Prepositions that start the phrase a coordinated antecedent stands in ("understanding *of* early help
    /// and thresholds").
    static let antecedentStops: Set<String> = [
        "of", "in", "on", "for", "to", "about", "with", "around", "into", "regarding", "including",
    ]
}
