/// The words the check rules look for, in one table.
///
/// Sources: the headings and phrasing of Working Together to Safeguard Children 2015 (ch. 3, LSCB annual report)
/// and 2018 (ch. 3, yearly report), the Local Government Act 1972 (s100A–100D, Schedule 12, Schedule 12A), and
/// the standard items of English council agendas and minutes. Cue syntax: see `Cue` (`*` = stem).
enum CheckVocabulary {
    // MARK: Where a report only introduces or summarises

    /// Section titles whose content is a summary, not the account a rule asks for.
    static let summaryTitles: CueSet = ["foreword", "executive summary", "introduction", "welcome", "preface", "message from"]

    // MARK: Annual report

    static let localAuthority: CueSet = ["local authority", "council", "childrens services", "children's services"]
    static let police: CueSet = ["police", "constabulary"]
    /// The health partner: a clinical commissioning group before July 2022, an integrated care board after.
    static let health: CueSet = [
        "clinical commissioning group", "ccg", "integrated care board", "icb", "integrated care system", "health board",
    ]

    static let activityTitles: CueSet = [
        "progress against", "progress on", "our priorities", "priority", "priorities", "what we did", "what we have done",
        "achievement*", "our work", "work of the", "activities", "activity", "work stream*", "workstream*", "subgroup*",
        "sub-group*", "sub group*", "delivery",
    ]
    static let activityText: CueSet = [
        "the partnership has", "partners have", "the board has", "we have delivered", "we have developed",
        "has been undertaken", "have been undertaken", "was launched", "were delivered", "was delivered",
        "has developed", "have developed", "has implemented", "have implemented",
    ]

    static let reviews: CueSet = [
        "serious case review", "scr", "child safeguarding practice review", "practice review", "cspr", "rapid review",
        "case review", "learning review", "local child safeguarding practice review", "lcspr", "serious incident notification",
    ]
    static let reviewTitles: CueSet = reviews + ["reviews"]

    static let effectivenessTitles: CueSet = [
        "effectiveness", "evaluation", "how effective", "quality assurance", "section 11", "audit*", "monitoring",
        "how safe", "how well", "assurance",
    ]
    static let effectivenessText: CueSet = [
        "section 11", "multi-agency audit*", "multi agency audit*", "case file audit*", "quality assurance",
        "assurance", "audit*", "effectiveness", "evaluation of",
    ]

    static let outcomeWords: CueSet = [
        "impact", "outcome*", "improve*", "reduc*", "increas*", "fewer", "better", "difference", "resulted in", "led to",
        "decreas*", "fell", "rose", "more children", "more families",
    ]
    static let earlyHelp: CueSet = ["early help", "early intervention", "family support"]
    static let lookedAfter: CueSet = [
        "looked after", "looked-after", "children in care", "child in care", "care leaver*", "in care", "cared for",
        "lac", "leaving care",
    ]

    static let training: CueSet = ["training", "trained", "course*", "learning event*", "workshop*", "e-learning"]
    static let trainingTitles: CueSet = [
        "multi-agency training", "multi agency training", "safeguarding training", "training", "learning and development",
        "workforce development", "learning and improvement",
    ]
    static let trainingEvaluation: CueSet = [
        "evaluat*", "impact of training", "impact of the training", "feedback", "effectiveness of training",
        "follow-up", "follow up", "confidence", "post-course", "post course", "pre and post", "knowledge", "impact on practice",
    ]

    static let littleProgress: CueSet = [
        "little progress", "limited progress", "slow progress", "slower progress", "less progress", "no progress",
        "not progressed", "not been progressed", "not achieved", "not been achieved", "not yet achieved",
        "not yet been achieved", "still to do", "further work is needed", "further work is required",
        "further work to do", "further work needed", "more work is needed", "more work to do", "remains a challenge",
        "remain a challenge", "not met", "not been met", "delayed", "area for development", "areas for development",
        "area for improvement", "areas for improvement", "not completed", "behind schedule", "not on track", "off track",
    ]

    static let recommendationWords: CueSet = [
        "recommendation*", "action plan*", "learning from", "lessons", "implement*", "learning was", "learning has",
    ]
    static let reviewSources: CueSet = reviews + [
        "national panel", "national review", "national child safeguarding practice review panel", "the panel", "reviews",
    ]

    static let feedbackSought: CueSet = [
        "voice of the child", "voice of children", "voice of young people", "voice of the young", "young people told",
        "children told", "children and young people told", "families told", "parents told", "feedback from children",
        "feedback from young people", "feedback from families", "feedback from parents", "views of children",
        "views of young people", "views of parents", "views of families", "youth safeguarding", "young inspector*",
        "participation", "consultation with children", "consultation with young people", "lived experience",
        "you said", "engagement with children", "young advisor*", "children in care council", "youth council",
        "survey of parents", "parent survey", "listening to children",
    ]
    static let feedbackUsed: CueSet = [
        "informed", "inform the", "influenc*", "shaped", "as a result", "changed", "used to", "we did", "co-design*",
        "co-produc*", "led to", "in response", "acted on", "taken forward", "resulted in", "improvements",
    ]
    /// Strongest first; a bare "young people" in a title (a partnership's name) is not enough.
    static let feedbackTitles: CueSet = [
        "voice", "engagement with children", "participation", "4th partner", "fourth partner", "listening to",
        "lived experience", "youth safeguarding", "feedback from",
    ]

    /// Wording of independent scrutiny itself; an independent chair counts only with scrutiny words beside it.
    static let independentScrutiny: CueSet = [
        "independent scrutin*", "independent scrutineer", "independent reviewer", "independent assurance",
        "independent evaluation", "independent challenge", "independently scrutin*", "external scrutin*",
    ]
    static let independentRole: CueSet = ["independent chair", "independent person", "independent advis*"]
    static let scrutinyWords: CueSet = [
        "scrutin*", "challeng*", "hold partners to account", "holds partners to account", "assurance", "effectiveness",
    ]

    static let fundingTitles: CueSet = ["budget", "funding", "financ*", "contributions", "expenditure", "resourcing"]
    static let contributions: CueSet = ["contribution*", "funding", "budget"]
    static let money: CueSet = ["£", "pounds", "funded", "spend", "spent", "income", "expenditure"]

    static let performanceTitles: CueSet = [
        "performance", "data", "in figures", "scorecard", "dashboard", "indicators", "statistics", "in numbers",
        "facts and figures", "key figures", "headlines",
    ]

    static let nextYearTitles: CueSet = [
        "priorities for", "next steps", "areas of work for", "looking ahead", "looking forward", "forward plan",
        "the year ahead", "future priorities", "priorities and next", "next year", "coming year", "plans for",
        "going forward", "moving forward", "future plans",
    ]
    static let nextYearText: CueSet = [
        "next year", "coming year", "year ahead", "forthcoming year", "going forward", "next 12 months", "next twelve months",
    ]
    static let priorityWord: CueSet = ["priorit*", "focus on", "areas of work", "objectives"]

    /// An LSCB's annual report under Working Together 2015 names its board.
    static let board: CueSet = ["safeguarding children board", "lscb", "safeguarding board"]
    /// Working Together 2015 ch. 3 (LSCB annual report): who the LSCB annual report goes to.
    static let lscbRecipients: [(name: String, cues: CueSet)] = [
        ("the Chief Executive", ["chief executive"]),
        ("the Leader of the Council", ["leader of the council", "council leader", "leader of"]),
        ("the police and crime commissioner", ["police and crime commissioner", "pcc"]),
        ("the Chair of the health and wellbeing board", ["health and wellbeing board", "health and well-being board", "hwbb", "hwb"]),
    ]
    static let lscbSpendItems: CueSet = [
        "child death", "cdop", "serious case review", "scr", "training", "learning event*", "independent chair",
        "business unit", "staffing", "salar*", "conference*",
    ]

    // MARK: Agenda and minutes

    static let committeeNouns: CueSet = [
        "committee", "panel", "board", "cabinet", "council", "sub-committee", "partnership", "forum", "executive",
    ]
    static let venues: CueSet = [
        "county hall", "town hall", "guildhall", "civic", "council chamber", "council house", "shire hall", "room",
        "online", "virtual", "remote*", "microsoft teams", "teams meeting", "zoom", "venue", "place:", "location",
        "held at", "held in", "held via", "held by", "offices", "house", "centre", "center", "chamber",
    ]
    static let timeSuffixes: Set<String> = ["am", "pm", "a.m", "p.m", "noon", "hrs", "hours"]

    static let apologies: CueSet = ["apolog*"]
    static let declarations: CueSet = [
        "declaration*", "declare*", "disclos*", "interests", "interest", "party whip",
    ]
    static let previousMinutes: CueSet = ["minutes", "confirmation of minutes", "previous meeting"]
    /// Items that are procedure, not business with papers or a decision.
    static let proceduralItems: CueSet = [
        "apolog*", "declaration*", "interest*", "minutes", "substitut*", "question*", "public participation",
        "date of next meeting", "dates of future meeting*", "next meeting", "welcome", "any other business",
        "urgent business", "chair*", "announcements", "exclusion", "petitions",
    ]
    static let contacts: CueSet = [
        "contact point*", "contact officer", "contact:", "report by", "report of", "report author", "lead officer",
        "author:", "for further information", "contact details", "specific contact",
    ]
    static let exempt: CueSet = [
        "exempt", "exclusion of the press", "exclusion of the public", "exclude the press", "exclude the public",
        "private session", "not for publication", "excluded from the meeting",
    ]
    static let schedule12A: CueSet = ["schedule 12a", "schedule 12 a"]
    static let scrutiny: CueSet = ["scrutiny", "scrutinise", "overview and scrutiny"]
    static let workProgramme: CueSet = ["work programme", "work program", "forward plan", "work plan", "forward work"]

    static let minutesOpenings: CueSet = ["minutes of", "minutes of the", "minutes of a"]
    static let presentOpenings: CueSet = [
        "present", "members present", "attendees", "attendance", "in attendance", "councillors present",
    ]
    static let previousApproved: CueSet = ["correct record", "true record", "accurate record"]
    static let approvalWords: CueSet = ["approved", "agreed", "confirmed", "signed", "accepted", "adopted"]
    static let noInterests: CueSet = [
        "no declarations", "no interests", "no disclosures", "none declared", "none were declared", "no declaration",
    ]
    static let interestRecorded: CueSet = [
        "declared", "declaration*", "disclosed", "declares", "interest in", "pecuniary", "interests",
    ]
    static let resolutions: CueSet = [
        "resolved", "agreed", "recommended", "decided", "noted", "it was agreed", "the committee agreed", "endorsed",
        "approved", "recommendation*", "decision*",
    ]
    static let urgency: CueSet = ["urgent business", "urgency", "urgent item*", "matter of urgency", "urgent decision*"]
    static let urgencyReasons: CueSet = [
        "reason*", "special circumstances", "because", "so that", "could not wait", "in order to", "due to",
    ]
    static let exclusion: CueSet = [
        "exclusion of the press", "exclusion of the public", "exclude the press", "exclude the public",
        "excluded from the meeting", "exempt information", "in private", "private session",
    ]
    static let exclusionGrounds: CueSet = ["schedule 12a", "schedule 12 a", "paragraph", "section 100a", "s100a"]
    static let signature: CueSet = ["chair", "chairman", "chairperson", "chairwoman", "signed", "signature", "chair's signature"]
}
