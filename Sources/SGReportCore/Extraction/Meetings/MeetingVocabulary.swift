/// The words meeting records are written in, in one table.
///
/// Sources: the agenda packs, minutes and annual reports of UK safeguarding partnerships and council
/// scrutiny committees (covers "Date: / Time: / Place:", minutes "Present: / Apologies … / RESOLVED:",
/// work programmes "Date of Meeting | Issue for Scrutiny", attendance appendices "Meetings attended",
/// "Total % attendance"), and the statutory vocabulary of Working Together (boards, partnerships,
/// executives, sub-groups). Lower-case; callers compare with `Token.lower`.
enum MeetingVocabulary {
    /// Nouns that name a meeting itself ("the Board meeting", "Meeting One", "the Board met").
    static let meetingNouns: Set<String> = ["meeting", "meetings", "met"]
    static let meetingNounGate = WordGate(meetingNouns)

    /// Head nouns of bodies that meet: "Cabinet", "the scrutiny committee", "Get Safe Partnership Group".
    static let bodyNouns: Set<String> = [
        "board", "committee", "panel", "cabinet", "council", "executive", "group", "subgroup", "sub-group",
        "partnership", "forum", "assembly", "ospb", "trust", "commission",
    ]
    static let bodyNounGate = WordGate(bodyNouns)

    /// Words a minutes heading may put where a body's name goes without naming one: "Minutes of the meeting held
    /// on …", "Minutes of an Extraordinary Meeting …", "Minutes of the last meeting".
    static let meetingQualifiers: Set<String> = [
        "meeting", "a", "an", "the", "special", "extraordinary", "ordinary", "annual", "general", "informal", "virtual",
        "remote", "reconvened", "adjourned", "inquorate",
    ]

    /// The word modern.gov pages add after a meeting's heading when it did not go ahead as planned
    /// ("Children's Services Scrutiny Sub-Committee - Tuesday 25 January 2022 7.00 pm, MOVED").
    static let headingStatusWords: [String: Meeting.Status] = [
        "moved": .rescheduled, "rescheduled": .rescheduled, "postponed": .postponed, "cancelled": .cancelled,
        "canceled": .cancelled,
    ]

    /// Words before a status in a notice under a meeting's heading ("This meeting has been cancelled.").
    static let statusNoticeLeads: [String] = ["this meeting has been ", "the meeting has been ", "meeting "]

    /// Openings of a minuted decision in the passive, the decision after them: "It was agreed that the report be noted".
    static let decisionLeads: [String] = ["it was agreed that ", "it was resolved that ", "it was agreed: ", "it was resolved: "]

    /// Words minutes put between a decision marker and its mark: "Resolved unanimously: That …".
    static let decisionAdverbs: Set<String> = ["unanimously", "accordingly"]

    /// Two-word bodies whose second word is no body noun on its own ("spotlight review").
    static let bodyPhrases: [[String]] = [["spotlight", "review"], ["full", "council"]]

    /// Gatherings that are not meetings of a body: never a meeting record.
    static let eventWords: Set<String> = [
        "training", "trainings", "event", "events", "launch", "launched", "conference", "conferences", "campaign",
        "campaigns", "workshop", "workshops", "course", "courses", "webinar", "webinars", "festival", "celebration",
        "visit", "visits", "inspection", "inspections", "roadshow", "fair", "session", "sessions", "briefing",
        "briefings", "seminar", "seminars", "published", "publication", "deadline", "case", "closing",
    ]

    /// Words between a meeting noun and its date that keep them linked: "meeting was held on", "meetings taking place".
    static let linkWords: Set<String> = [
        "on", "in", "at", "of", "the", "a", "an", "its", "their", "our", "this", "that", "was", "were", "is", "are",
        "be", "been", "will", "would", "shall", "held", "took", "taken", "taking", "take", "place", "scheduled",
        "planned", "due", "set", "for", "dated", "to", "and", "which", "has", "have", "had", "now", "then", "also",
        "date", "dates", "separate", "all", "both", "following",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
        "fourth", "fifth", "final", "last", "next",
    ]

    /// Words after which a short noun phrase may stand inside the link: "meeting of the group on", "meeting with X on".
    static let phraseOpeners: Set<String> = ["of", "with", "between"]

    /// Prepositions that put a body's meeting in front of a date: "approved at Cabinet on", "Requested by Panel".
    static let bodyPrepositions: Set<String> = ["at", "by", "to", "before"]

    /// Verbs that, before "by"/"to" + body, mean the body met: "agreed by OSPB", "presented to the Board".
    static let bodyVerbs: Set<String> = [
        "agreed", "approved", "endorsed", "considered", "requested", "ratified", "noted", "discussed", "adopted",
        "signed", "presented", "reported", "submitted", "taken", "brought", "referred", "go", "goes", "went", "back",
        "discussion", "consideration", "approval", "presentation", "report", "reports", "decision", "decided",
        "resolved", "received", "recommended", "accepted", "supported", "scrutinised",
    ]

    /// Status words, nearest first wins: "January 2020 and March 2020 were postponed".
    static let explicitStatus: [String: Meeting.Status] = [
        "postponed": .postponed, "deferred": .postponed, "cancelled": .cancelled, "canceled": .cancelled,
        "rescheduled": .rescheduled, "re-scheduled": .rescheduled, "moved": .rescheduled, "rearranged": .rescheduled,
    ]

    /// Tense cues that say a meeting is still to come, whatever its date ("are being presented", "will meet").
    static let futureCues: Set<String> = [
        "will", "shall", "being", "next", "future", "forthcoming", "upcoming", "planned", "scheduled", "due",
        "proposed", "asked",
    ]

    /// Tense cues that say a meeting has happened.
    static let pastCues: Set<String> = [
        "held", "took", "taken", "met", "was", "were", "had", "has", "have", "last", "previous", "agreed", "approved",
        "received", "considered", "requested", "presented", "discussed", "endorsed", "ratified", "resolved",
        // "Minutes of the March 2024 meeting of the Panel": a meeting with minutes was held.
        "minutes",
    ]

    /// Past participles of a meeting's business, which after "was"/"were" and "at"/"by"/"to" tell a meeting as held
    /// ("was discussed at the Executive Board on the 4th May", "was considered by Cabinet on 15 March"), as after
    /// "had"/"has" and "at … meeting" ("had accepted the report at their meeting on 11 June").
    static let doneBusinessVerbs: Set<String> = [
        "discussed", "considered", "presented", "received", "endorsed", "ratified", "noted", "acknowledged", "reported",
        "approved", "agreed", "accepted", "adopted", "reviewed", "scrutinised", "scrutinized",
    ]

    /// Lead-in or heading words announcing a list of meeting dates ("have taken place as follows:", "Dates of Future Meetings").
    static let listCues: Set<String> = ["meetings", "meeting", "met", "dates"]

    /// How a minutes heading opens: "Minutes of the meeting of … held at … on …", the Scottish "Minute of Meeting of
    /// …", "Minutes from the 7 January 2020 meeting of …".
    static let minutesHeadingLeads: [String] = ["minutes of ", "minute of ", "minutes from the ", "minute from the "]

    /// Words of an agenda item that puts the last meeting's minutes to the meeting ("… - submitted for approval as a
    /// correct record"): the minutes heading it quotes opens no record here.
    static let minutesApprovalPhrases: [String] = ["for approval as a correct record", "submitted for approval", "to be approved as a correct record"]

    /// Words of a minutes heading: "Minutes of the meeting of … held at … on …".
    static let minutesWord = "minutes"

    /// Labels of a minutes' attendance lines, all read into `present`.
    static let presentLabels: [String] = [
        "present", "in attendance", "also in attendance", "officers", "officers present", "councillors", "co-optees",
        "co-opted members", "members present", "attendees", "attended", "attending", "members attending",
        "statutory co-opted members", "co-opted member", "also present", "substitute members", "officers in attendance",
        "officers attending", "also attending", "members in attendance", "others present", "others in attendance",
    ]

    /// Labels of apologies, compared by key at the start of a line: "Apologies:", "Apology for absence", "Apologies for
    /// absence were received from …", "Apologies were noted from the following:".
    /// Words of agenda headings that read like names in capitals ("Public Questions", "Matters Arising"): never a
    /// person's line under "Present:". From modern.gov and CMIS agenda templates.
    static let headingWords: Set<String> = [
        "questions", "question", "matters", "arising", "business", "minutes", "declarations", "interests", "apologies",
        "items", "item", "update", "updates", "report", "reports", "actions", "action", "welcome", "introductions",
        "date", "next", "meeting", "agenda", "urgent", "public", "any", "other", "close", "forward", "plan", "programme",
    ]

    /// Words naming the agencies of a safeguarding partnership as its minutes list members ("Ann Lee, Thames Valley
    /// Police"): the three statutory partners, health, education and the voluntary sector.
    static let agencyWords: Set<String> = [
        "police", "constabulary", "nhs", "trust", "council", "cafcass", "probation", "ccg", "icb", "hospital",
        "school", "schools", "college", "university", "academy", "barnardo's", "nspcc", "service", "services",
        "healthcare", "health", "fire", "rescue", "partnership", "authority", "diocese", "housing",
    ]

    static let apologyLabels: [String] = ["apologies", "apology", "apols"]

    /// Words between an apologies label and the names, in the wording of minutes templates ("Apologies for absence
    /// were received from", "… were submitted on behalf of", "Apologies had been tendered by"); skipped, whatever
    /// their case.
    static let apologyLeadWords: Set<String> = [
        "for", "absence", "were", "was", "had", "have", "has", "been", "received", "noted", "submitted", "tendered",
        "given", "sent", "offered", "reported", "from", "on", "behalf", "of", "by", "and", "substitutions", "substitutes",
        "non-attendance", "nonattendance", "attendance", "named", "substitute", "substitution",
    ]

    /// Words after an apology's name that tell who came in their place ("Cllr P. McDonald with Cllr S. Douglas
    /// attending as his substitute", "Mr Jeffery for whom Mr Rayner was present"): no part of the name.
    static let substituteLeads: [String] = [" for whom ", " with whom ", " substituted by ", " replaced by "]

    /// The lead words that tell apologies as received, which an apology inside a paragraph must have ("apologies were
    /// noted from …"; not "apologies for the delay").
    static let apologyVerbs: Set<String> = ["received", "noted", "submitted", "tendered", "given", "sent", "offered", "reported"]

    /// What an apology is for when the member still came: "Apologies for lateness were received from …".
    static let lateWords: Set<String> = ["lateness", "late", "early", "leaving"]

    /// Words that end a list's lead-in: the names come on the lines after ("… were received from the following:").
    static let namesFollowCues: [String] = ["the following", "following"]

    /// Words of a role, not a name: in "Councillor Eve Black, Cabinet Member for Schools", the piece after the comma
    /// belongs to the councillor; in "Cllr A Smith, J Brown" it is another person. From the roles minutes list.
    static let roleWords: Set<String> = [
        "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman", "co-chair", "member", "director",
        "head", "manager", "officer", "lead", "clerk", "secretary", "advisor", "adviser", "representative", "cabinet",
        "portfolio", "holder", "designated", "executive", "assistant", "deputy", "independent", "scrutineer",
        "minute-taker", "taker", "coordinator", "co-ordinator", "consultant", "principal", "senior", "service", "services",
        "team", "partnership", "board", "committee", "council", "police", "nhs", "ccg", "school", "schools",
    ]
    /// Lower-case words that only a role's wording holds ("Head of Service", "Member for Children").
    static let roleJoiners: Set<String> = ["for", "of", "the", "to", "in"]

    /// Titles that open a person's name in a minutes list ("Councillor Paul Andrews", "Mr Burbidge").
    static let personTitles: Set<String> = [
        "councillor", "cllr", "mr", "mrs", "ms", "miss", "mx", "dr", "professor", "prof", "sir", "dame", "lord", "lady",
        "rev", "revd", "reverend", "county", "alderman",
    ]

    /// The kind of paper a page's title ends with after the body's name ("… Select Committee Minutes"), longest first.
    static let documentWords: [String] = ["draft minutes", "minutes", "agenda pack", "agenda", "decisions"]

    /// The decision marker of minutes ("RESOLVED: That …", "Resolved – that …", "AGREED: …").
    static let decisionMarkers: [String] = ["resolved", "agreed", "decision", "decided", "concluded"]
    /// Marks after a marker written in mixed case ("Resolved: that …", "Resolved – That …").
    static let decisionMarks: Set<String> = [":", "–", "-", "—"]

    /// Roles a webcast page lists its speakers by when it gives no name ("2. Officer9").
    static let speakerRoles: Set<String> = ["officer", "chair", "chairman", "chairperson", "speaker", "clerk", "mayor", "member"]

    /// Plural titles that open a list of names, each name taking the title: "Councillors A Smith, B Jones".
    static let pluralTitles: [String: String] = [
        "councillors": "Councillor", "cllrs": "Cllr", "cllrs.": "Cllr", "messrs": "Mr", "county councillors": "County Councillor",
        "county cllrs": "County Cllr", "borough councillors": "Borough Councillor", "district councillors": "District Councillor",
        "city councillors": "City Councillor", "councillor(s)": "Councillor",
    ]

    /// Ends of a minuted meeting.
    /// Words opening the rest of a line after a date that go on with a sentence ("18 June 2024 and circulated.").
    static let sentenceContinuations: Set<String> = ["and", "or", "but", "when", "which", "was", "were", "is", "are", "so", "if", "unless"]

    /// Words ending a line whose sentence the date on the next line completes ("… by 8.30am on Tuesday").
    static let dateLeads: Set<String> = ["on", "by", "before", "until", "from", "to", "of", "dated"]

    /// Lines above a signature's date at the end of minutes ("Chair" / "Date: …").
    static let signatureLabels: Set<String> = ["chair", "chairman", "chairperson", "chair's signature", "signed", "signature", "signed chair"]

    /// Verbs of a clause that a body's name never holds ("The meeting ended at 4.30 pm", "The report was published").
    static let clauseVerbs: Set<String> = [
        "was", "were", "is", "are", "ended", "closed", "finished", "published", "should", "must", "will", "please",
        "state", "has", "have", "had",
    ]

    static let minutesEnd: [String] = ["the meeting ended", "the meeting closed", "meeting closed at", "the meeting finished"]

    /// Cover labels of an agenda's meeting.
    static let dateLabels: [String] = ["date", "meeting date", "date of meeting"]
    static let bodyLabels: [String] = [
        "meeting", "committee", "body", "meeting title", "title of meeting", "name of meeting", "report to", "decision maker",
    ]
    static let timeLabels: [String] = ["time", "start time"]
    /// Prepositions before a place written after a date or time: "at Room 2", "in the Council Chamber", "via Teams".
    static let placeLeads: [String] = ["at ", "in ", "via "]
    static let placeLabels: [String] = ["place", "venue", "location", "where", "proposed venue", "meeting venue", "meeting place"]
    /// Phrases by which a body's own papers speak of its other meetings ("the minutes of the last meeting held on
    /// …", "this Committee's meeting on …"), which name no body of their own.
    static let ownMeetingPhrases: [String] = [
        "last meeting", "previous meeting", "minutes of the meeting held", "minutes of the meeting on", "next meeting",
        "this committee", "this panel", "this board", "this sub-committee",
    ]

    /// Headings of the list of business on a council web page of a meeting ("Items", "No. Item").
    /// Headings over a list of business: modern.gov pages ("Items", "No. Item") and notices of meeting in text
    /// ("Agenda", "Items of business", "Order of business").
    static let itemsHeadings: Set<String> = [
        "items", "no item", "agenda items", "item", "no item description", "agenda", "items of business", "order of business",
        "business",
    ]
    /// Link texts council web pages print after a meeting's venue ("View directions").
    static let placeLinkTexts: [String] = ["View directions", "View the map", "View map", "Get directions"]
    /// What opens a council web page's title before "for <body> on <date>" ("Agenda for …", "Agenda and minutes for …").
    /// How a notice of meeting opens and how it comes to the date: "Notice of a meeting of the Children's
    /// Scrutiny Committee to be held on Tuesday 14 March 2023 at 10.00 am", "A meeting of the Board will be held
    /// on …" (the summons councils send under the Local Government Act 1972, Sch. 12).
    static let noticeOpeners: [String] = ["notice of", "notice is hereby given", "a meeting of", "meeting of", "the meeting of", "an extraordinary meeting"]
    static let noticeDateLeads: [String] = [
        " to be held on ", " will be held on ", " is to be held on ", " to take place on ", " will take place on ",
        " to be held remotely on ", " to be held virtually on ",
    ]
    static let pageTitleLeads: Set<String> = [
        "agenda", "agenda and minutes", "agenda and draft minutes", "minutes", "agenda decisions and minutes", "agenda and decisions",
    ]
    /// Every cover label, where a labelled value in a table row stops.
    static let coverLabels: Set<String> = Set(dateLabels + bodyLabels + timeLabels + placeLabels)

    /// Labels of the people a meeting's cover names ("Chairperson: Ian Ansell", "Contact: …", "Clerk: …"): such a
    /// line is never the body's name, though it stands above the date.
    static let officerLabels: [String] = [
        "chair", "chairperson", "chairman", "chairwoman", "vice chair", "clerk", "contact", "contact officer", "secretary",
        "minute taker", "minutes taken by", "governance officer",
    ]

    /// Headings and labels of a meeting's record, from minutes and notes templates ("Points of discussion",
    /// "Key Points of Wider Interest Discussed:", "Matters arising"), compared by key at the start of a line.
    static let recordCues: [String] = [
        "present", "apologies", "minutes", "points of discussion", "key points", "matters arising", "action points",
        "actions agreed", "summary of discussion", "introductions and apologies", "welcome and apologies", "attendees",
        "notes of the meeting", "decisions", "resolved",
    ]

    /// Words of a meeting place written under the date without a label ("County Hall, Worcester", "Online").
    static let placeWords: Set<String> = [
        "hall", "room", "chamber", "centre", "center", "house", "offices", "building", "online", "virtual", "teams",
        "zoom", "remote", "remotely", "street", "road", "square",
    ]

    /// Column headers of a table whose cells are meeting dates ("Date of Meeting", "Meeting", "Meeting date").
    static let meetingColumnWords: Set<String> = ["meeting", "meetings"]

    /// Column headers naming the business of a meeting in a work programme.
    static let issueColumnWords: Set<String> = ["issue", "item", "subject", "topic", "business", "report", "title"]

    /// Attendance-table header words: a header cell with one of these makes the table an attendance record.
    static let attendanceHeaderWords: Set<String> = ["attended", "attendance", "attend"]

    /// Header words of the column naming the member.
    static let nameHeaderWords: Set<String> = ["name", "names", "member", "members", "attendee", "representative", "representatives"]

    /// Header words of a first column naming courses or events, not members: a training report's "Course Title |
    /// Number of Attendees | Attendance Rate" table counts people at events (metrics), not members at meetings.
    static let eventHeaderWords: Set<String> = [
        "course", "courses", "training", "session", "sessions", "event", "events", "topic", "topics", "module",
        "modules", "workshop", "workshops", "programme", "briefing", "briefings",
    ]

    /// Header words of a column giving the member's agency, sector or role.
    static let roleHeaderWords: Set<String> = [
        "agency", "sector", "role", "organisation", "organization", "title", "position", "representing", "service",
    ]

    /// Header words of a percentage column that totals an agency, not the member ("Agency").
    static let aggregateHeaderWords: Set<String> = ["agency", "organisation", "organization", "sector"]

    /// Openings of a bracketed note after a member's name that is no part of the name ("(Chair of …)", "(deputising …)").
    static let nameNotes: [String] = [
        "chair", "vice", "deputis", "deputy", "representing", "substitute", "on behalf", "in attendance", "for ", "until",
        "from ", "left", "joined",
    ]

    /// Header word of a deputy's column.
    static let deputyWords: Set<String> = ["deputy", "deputising", "deputies", "substitute"]

    /// Written counts ("attended two meetings").
    static let numberWords: [String: Int] = NumberWords.values.merging(["no": 0, "none": 0]) { a, _ in a }
}
