/// The words of figures in UK children's safeguarding reports: units, qualifiers, comparators, trend and
/// status words, and the words that make a number a name rather than a measure ("Section 47", "Year 6").
///
/// Gathered from partnership annual reports, scrutiny agenda packs and performance digests
/// (DfE children-in-need and looked-after statistics wording, Ofsted/ILACS benchmark phrases).
enum MetricVocabulary {
    /// Spelled-out counts ("six cases", "two lay members").
    static let wordNumbers: [String: Double] = NumberWords.values.mapValues(Double.init)
    static let wordNumberGate = WordGate(wordNumbers.keys)

    /// Words before a spelled-out number that make it a reference to a known set, not a new count
    /// ("the two cases", "all four authorities", "both", "these three").
    static let wordNumberReferents: Set<String> = [
        "the", "these", "those", "all", "both", "each", "every", "first", "other", "another", "which", "whose",
        "its", "their", "our", "his", "her", "last", "next", "past", "previous",
    ]

    /// Words before "one" that make it a count ("There was one child", "has published one review").
    static let oneCountingVerbs: Set<String> = [
        "was", "were", "is", "are", "been", "published", "had", "has", "have", "held", "received", "completed",
        "only", "just", "recorded", "identified", "undertook", "conducted", "commissioned", "opened",
    ]

    /// Multipliers written after money ("£1.2m", "£3 million", "£250k").
    static let multipliers: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "million": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
    ]

    /// Duration units ("an average of 23 days", "24hrs").
    static let durationUnits: [String: DurationUnit] = [
        "hour": .hours, "hours": .hours, "hrs": .hours, "hr": .hours,
        "day": .days, "days": .days, "week": .weeks, "weeks": .weeks, "wks": .weeks,
        "month": .months, "months": .months, "year": .years, "years": .years, "yrs": .years,
    ]

    /// People an age band describes ("Care Leavers, between 19 and 21", "young people aged between 16 and 18").
    static let peopleNouns: Set<String> = [
        "aged", "leavers", "people", "persons", "children", "pupils", "students", "girls", "boys", "adults",
        "learners", "adolescents", "teenagers", "mothers", "parents",
    ]
    /// Words after an age band's second end that give it no counted noun ("between 19 and 21 that are …").
    static let ageBandFollowers: Set<String> = ["that", "who", "which", "whom", "year", "years", "yrs", "and", "or", "were", "are", "was", "is"]

    /// Words before a duration that make it a timescale or span ("within 10 days of referral", "for 2 years of").
    static let timescaleLeads: Set<String> = [
        "within", "in", "after", "over", "for", "last", "next", "than", "under", "to", "least", "of", "first",
        "past", "every", "each", "about", "around", "approximately", "before", "by", "up", "the",
    ]

    /// Words between a figure and its duration unit ("15 working days", "three clear working days").
    static let durationAdjectives: Set<String> = ["working", "school", "calendar", "clear", "consecutive", "full"]

    /// Units too short for the contract's durations (hours to years): "15 minutes is allocated", "allowed up to
    /// two minutes each to speak" are procedure time limits; an averaged one stays a count ("an average of 4 minutes").
    static let shortTimeUnits: Set<String> = ["minute", "minutes", "mins", "min", "second", "seconds", "secs"]

    /// File sizes that web pages print beside a document link ("pdf icon PDF 65 KB"): never measures.
    static let fileSizeUnits: Set<String> = ["kb", "mb", "gb", "kib", "mib", "bytes"]

    /// Words just before a duration that make it an achieved or averaged figure, not a timescale standard.
    static let durationCues: Set<String> = [
        "average", "averaged", "averages", "took", "taken", "taking", "waited", "waiting", "mean", "median",
    ]

    /// Nouns naming a measure of time, anywhere in the clause before a duration: "The average duration of care
    /// proceedings was 40 weeks", "Average time to adoption was 450 days" (the DfE's adoption scorecard measures).
    static let durationNouns: Set<String> = ["duration", "length", "time", "timescale", "longest", "shortest", "durations"]

    /// Words right before a duration that make it no measure of the time the clause names: a span it is set in
    /// ("in 5 years", "over 3 months"), or a limit it refers to ("the statutory time scale of 72 hours", "in excess
    /// of the 18 hours specified").
    static let spanLeads: Set<String> = [
        "in", "for", "over", "within", "after", "since", "every", "per", "last", "past", "next", "the", "of",
    ]

    /// Prepositions that bound a timescale without a qualifier's words ("completed within 12 months", "open beyond
    /// 2 years"), as performance scorecards define their indicators.
    static let timescaleBounds: Set<String> = ["within", "beyond", "exceeding"]

    /// Words after a figure that make it a threshold of a measure, not a measure ("children with 3 or more
    /// placements", the DfE's placement-stability indicator; "10% or more of sessions", its persistent absence).
    static let thresholdTails: Set<[String]> = [
        ["or", "more"], ["or", "fewer"], ["or", "less"], ["or", "over"], ["or", "above"], ["or", "under"], ["or", "below"],
        ["and", "over"], ["and", "above"], ["or", "longer"],
    ]

    /// Qualifiers written before a figure, longest first.
    static let qualifiers: [([String], Metric.Qualifier)] = [
        (["no", "more", "than"], .atMost), (["no", "less", "than"], .atLeast), (["in", "excess", "of"], .over),
        (["more", "than"], .over), (["greater", "than"], .over), (["over"], .over),
        (["at", "least"], .atLeast), (["up", "to"], .atMost), (["a", "maximum", "of"], .atMost), (["fewer", "than"], .under),
        (["less", "than"], .under), (["under"], .under), (["below"], .under),
        (["approximately"], .about), (["approx"], .about), (["around"], .about), (["about"], .about),
        (["circa"], .about), (["roughly"], .about), (["nearly"], .about), (["almost"], .about), (["some"], .about),
    ]

    /// Benchmarks a report compares its own figure with; the name reported for each. The DfE's published
    /// comparators (England, statistical neighbours, the nine English regions of its regional tables), CIPFA's
    /// nearest neighbours, and the home nations UK reports also cite. Longer phrases first, so "statistical
    /// neighbours" wins over a bare region word.
    static let comparatorNames: [([String], String)] = [
        (["statistical", "neighbours"], "statistical neighbours"), (["statistical", "neighbour"], "statistical neighbours"),
        (["stat", "neighbours"], "statistical neighbours"), (["stat", "neigh"], "statistical neighbours"),
        (["sn"], "statistical neighbours"), (["sns"], "statistical neighbours"),
        (["cipfa", "neighbours"], "CIPFA neighbours"), (["cipfa", "nearest", "neighbours"], "CIPFA neighbours"),
        (["regional", "neighbours"], "regional neighbours"),
    ] + englishRegions.map { words in (words, words.map(capitalisedRegionWord).joined(separator: " ")) } + [
        (["england"], "England"), (["wales"], "Wales"), (["scotland"], "Scotland"), (["uk"], "UK"),
        (["national"], "national"), (["nationally"], "national"), (["nat", "avg"], "national"), (["nat", "average"], "national"),
        (["country"], "national"),
        (["regional"], "regional"), (["regionally"], "regional"), (["region"], "regional"),
        (["comparator"], "comparator"), (["benchmark"], "benchmark"),
    ]

    /// Judgements a performance scorecard prints under a figure (Ofsted's grades and direction-of-travel notes,
    /// as council dashboards word them): not the figure's name.
    static let judgementPhrases: Set<String> = [
        "requires improvement", "requires improvement to be good", "good", "outstanding", "inadequate",
        "improved performance", "improved", "improving", "stayed the same", "no change", "unchanged", "declined",
        "declining", "worsened", "worse performance", "on track", "off track", "on target", "below target", "above target",
        "better than target", "worse than target", "met", "not met",
    ]

    /// The first words of `comparatorNames`, for a quick test before the phrases are matched.
    static let comparatorHeads: Set<String> = Set(comparatorNames.compactMap(\.0.first))

    /// Short forms of comparators in table headers ("Eng*", "West Mids*", "Nat Avg").
    static let comparatorAbbreviations: [([String], String)] = [
        (["eng"], "England"), (["west", "mids"], "West Midlands"), (["east", "mids"], "East Midlands"), (["nat"], "national"),
        (["stat", "neighbour"], "statistical neighbours"), (["stat", "neighbor"], "statistical neighbours"),
    ]

    /// Words of a table header that make its column a benchmark even without a comparator's name ("Ofsted Good*",
    /// the average of local authorities Ofsted rated good; "Core city benchmark").
    static let benchmarkWords: Set<String> = ["ofsted", "benchmark", "benchmarks", "comparator", "comparators"]

    /// Words between a figure and the benchmark it is the value of: "22% in England", "across the region",
    /// "for statistical neighbours", "among our statistical neighbours".
    static let benchmarkPrepositions: Set<String> = ["in", "across", "for", "among", "amongst", "within", "by"]

    /// Words that may follow a benchmark's name written after a figure, where the name ends ("22% in England and
    /// 20% …", "in England in 2021-22", "in England, while …"); any other word makes the name part of a longer one
    /// ("in the North East locality").
    static let benchmarkNameFollowers: Set<String> = [
        "and", "as", "at", "in", "for", "during", "over", "while", "whilst", "which", "respectively", "but", "or", "overall",
        // "amongst our comparator authorities", "statistical neighbour councils".
        "authorities", "authority", "councils", "las", "areas", "group",
    ]

    /// Words and endings of a web address, whose numbers are no figures ("http://…/Detail/1249_13435", "www.gov.uk").
    static let linkWords: Set<String> = ["http", "https", "www"]
    static let linkEndings: Set<String> = ["uk", "com", "org", "gov", "net", "aspx", "pdf", "html", "htm", "php"]

    /// Verbs between a benchmark's measure and its value: "the national rate is 43.1", "stands at 50.7".
    static let benchmarkVerbs: Set<String> = [
        "is", "was", "were", "are", "of", "at", "stands", "stood", "remains", "remained", "being",
    ]

    /// Measures a benchmark is stated as: "the comparator rate", "the statistical neighbour average".
    static let benchmarkMeasures: Set<String> = ["rate", "rates", "average", "averages", "figure", "figures", "level", "benchmark", "percentage", "proportion"]

    /// Words before a figure that make it a target: "the target of 90 per cent", "below the threshold of 18 per cent",
    /// "within the agreed tolerance level of 8%" (performance reports set a tolerance beside or for a target), "our
    /// ambition of 95%".
    static let targetWords: Set<String> = ["target", "targets", "targeted", "threshold", "tolerance", "ambition", "goal"]

    /// Marks between an earlier value's label and the value in parentheses: "(2021-22: 87%)", "(2022 – 87%)".
    static let labelSeparators: Set<String> = [":", "=", "-", "–", "—"]

    /// Words around a comparator's name in a table header that leave it the usual comparator ("England average").
    static let benchmarkFillers: Set<String> = ["average", "avg", "averages", "mean", "rate", "figure", "figures", "data", "latest", "published"]

    /// Words of a table header whose column holds changes ("No of contacts change from 2018", "Difference", "+/-").
    static let changeHeaderWords: Set<String> = ["change", "changes", "difference", "diff", "variance", "var", "movement"]

    /// Words of a table header naming a target column ("Target", "2022/23 Target", "Target 95%").
    static let targetHeaderWords: Set<String> = ["target", "targets", "tgt"]

    /// The nine regions of England (ONS / DfE regional tables), as their words are written in reports.
    static let englishRegions: [[String]] = [
        ["north", "east"], ["north", "west"], ["yorkshire", "and", "the", "humber"], ["yorkshire", "and", "humber"],
        ["east", "midlands"], ["west", "midlands"], ["east", "of", "england"], ["eastern", "region"],
        ["inner", "london"], ["outer", "london"], ["london"], ["south", "east"], ["south", "west"],
    ]

    private static func capitalisedRegionWord(_ w: String) -> String {
        ["and", "the", "of"].contains(w) ? w : w.prefix(1).uppercased() + w.dropFirst()
    }

    /// Words that open a comparison: numbers after them (in the same clause) are earlier values or benchmarks.
    static let comparisonCues: Set<String> = [
        "compared", "comparison", "compares", "comparing", "against", "than", "versus", "vs", "above", "below",
        "double", "treble", "triple",
    ]

    /// Two-word comparison openers ("an improvement on 88%", "in line with statistical neighbours (64)").
    static let comparisonPhrases: [[String]] = [["improvement", "on"], ["in", "line", "with"], ["similar", "to"]]

    /// Words opening a clause after a comma that goes on about the figure's subject rather than naming it: "…, down from
    /// 30% (2018-19) to 15%", "the number of children in need, currently at 262.3 per 10,000", ", now at 45%".
    static let tailLeads = Set(["up", "down", "from", "to", "compared", "which", "an", "a", "but", "however"]).union(stateLeads)

    /// Words opening a clause that gives the present level of what the clause before named: ", currently at 262.3",
    /// ", now at 45%", ", standing at 310".
    static let stateLeads: Set<String> = ["currently", "now", "standing"]

    /// Verbs of any kind a group's name cannot hold: "45% of referrals came from the police and 20% …" has its own.
    static let predicateWords: Set<String> = auxiliaries.union(subjectVerbs).union(shareVerbs).union(objectVerbs).union(predicateVerbs)

    /// Conjunctions that open a clause of contrast with a subject of its own: "… has not increased but UASC Care
    /// Leavers has increased by 164%", "Referrals fell, whereas contacts rose by 12%".
    static let contrastConjunctions: Set<String> = ["but", "whereas", "whilst", "while"]

    /// Words after such a conjunction that show its clause shares the subject before: "but since then has
    /// increased by 70", "but not MASH", "but this has been as high as 5", "but in this context …".
    static let contrastNonSubjects: Set<String> = auxiliaries.union([
        "not", "also", "since", "then", "this", "that", "it", "they", "we", "there", "still", "now", "only", "overall",
        "has", "have", "had", "in", "on", "at", "for", "to", "with", "as", "by", "remains", "remained",
    ])

    /// Words before the name of a body that "met N times" ("The Board met four times", "whilst the wider LSCB
    /// Partnership met three times a year"): where its name starts.
    static let meetingSubjectStops: Set<String> = [
        "the", "and", "whilst", "while", "whereas", "but", "also", "which", "who", "has", "have", "had", "our", "its", "their",
    ]

    /// Participles between a change and where it was seen: "an increase of 20% seen in referrals from schools".
    static let observationParticiples: Set<String> = ["seen", "noted", "observed", "recorded", "experienced"]

    /// Words after "declined" that make it a refusal, not a fall: "they declined the interview", "declined to take
    /// part", "declined support" (return-interview and early-help reports write so).
    /// ("to" before a verb is one too: "declined to engage"; before a figure it is a fall: "declined to 320".)
    static let refusalFollowers: Set<String> = ["the", "a", "an", "support", "help", "services", "offers", "intervention"]

    /// Words for the measure in "the same figure as last year", "the same level as in 2019-20".
    static let sameMeasureNouns: Set<String> = ["figure", "level", "rate", "percentage", "proportion", "number", "position", "result"]

    /// Comparatives that, before "than" and an earlier time ("fewer than in the previous year"), give a trend.
    static let comparativeTrends: [String: Metric.Trend] = [
        "more": .up, "higher": .up, "greater": .up, "larger": .up,
        "fewer": .down, "less": .down, "lower": .down, "smaller": .down,
    ]

    /// Words after a figure that make it the earlier value ("87% last year", "6.3% the previous year").
    static let previousMarkers: [[String]] = [
        ["last", "year"], ["the", "previous", "year"], ["previous", "year"], ["the", "previous", "quarter"],
        ["last", "month"], ["last", "quarter"], ["the", "previous", "month"], ["the", "year", "before"],
    ]

    /// Prepositions before a bare year that make it a period ("in 2018", "during 2019", "since 2017"). Not "by",
    /// "for", "of", "until": "published by the end of 2022", "on target for 2023" name deadlines and targets.
    static let yearLeads: Set<String> = ["in", "during", "since", "from", "throughout", "than"]

    /// Words before a period that make it the base of a comparison, not the figure's own period ("from 2018-19",
    /// "since April 2019", "higher than 2018"), and a figure in parentheses after it the value then ("since 2018
    /// (33.8%)").
    static let baseLeads: Set<String> = ["from", "since", "with", "than", "against"]

    /// The parts a fraction in words names ("two thirds", "three-quarters", "one fifth"), as reports round shares.
    static let fractionWords: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
        "tenth": 10, "tenths": 10,
    ]

    /// Words before a count of periods ("the last two quarters", "the first three quarters of the year"): the
    /// quarters are of a year, not a fraction.
    static let periodCountLeads: Set<String> = [
        "first", "last", "next", "previous", "past", "final", "remaining", "consecutive", "the", "these", "those",
    ]

    /// Words naming a quarter by its number, 1 to 4 ("quarter 3", "Q4", "quarters 1 to 4").
    static let quarterWords: Set<String> = ["quarter", "quarters", "q"]

    /// Phrases naming the report's own time after a figure ("1.6% in this quarter"), which make the figure the
    /// current one when the sentence compares it with an earlier period written first.
    static let presentMarkers: [[String]] = [
        ["this", "quarter"], ["this", "year"], ["this", "month"], ["this", "period"], ["this", "reporting", "period"],
        ["the", "current", "quarter"], ["the", "current", "year"], ["the", "current", "period"], ["the", "latest", "quarter"],
    ]
    /// Prepositions before a present marker ("in this quarter", "for the current year").
    static let presentLeads: Set<String> = ["in", "for", "during", "over", "at"]

    /// Words telling of a change, which make a "from" figure an earlier value ("decreased from 753").
    static let changeWords: Set<String> = [
        "increase", "increased", "increases", "increasing", "decrease", "decreased", "decreases", "decreasing",
        "rise", "rose", "risen", "rises", "fall", "fell", "fallen", "falls", "drop", "dropped", "reduce", "reduced",
        "reduction", "up", "down", "improved", "improvement", "change", "changed", "moved", "grew", "declined",
        "decline", "went", "gone", "tripled", "doubled", "halved", "soared", "jumped", "surged", "climbed", "dipped",
        "plummeted",
    ]

    /// Verbs of a change that take its size straight after them ("dropped 5%", "soared 21%"), as news and annual
    /// reports write them.
    static let changeVerbs: Set<String> = [
        "increased", "decreased", "rose", "fell", "dropped", "reduced", "grew", "declined", "soared", "jumped",
        "surged", "climbed", "dipped", "plummeted",
    ]

    /// Trend words and the direction each states.
    static let trendWords: [String: Metric.Trend] = [
        "increase": .up, "increased": .up, "increases": .up, "increasing": .up, "rise": .up, "rose": .up,
        "risen": .up, "rises": .up, "rising": .up, "up": .up, "grew": .up, "growth": .up,
        "doubled": .up, "tripled": .up, "↑": .up, "soared": .up, "jumped": .up, "surged": .up, "climbed": .up,
        "dipped": .down, "plummeted": .down,
        "decrease": .down, "decreased": .down, "decreases": .down, "decreasing": .down, "fall": .down, "fell": .down,
        "fallen": .down, "falls": .down, "down": .down, "reduced": .down, "reduction": .down, "reducing": .down,
        "dropped": .down, "drop": .down, "declined": .down, "decline": .down, "halved": .down, "↓": .down,
        "stable": .flat, "steady": .flat, "unchanged": .flat, "constant": .flat, "↔": .flat,
    ]
    static let trendGate = WordGate(trendWords.keys)

    /// Verbs whose "up" or "down" is a particle, not a change, as reports use them: "growing up in registered homes",
    /// "broken down by age", "set up a panel", "followed up", "signed up".
    static let phrasalVerbHeads: Set<String> = [
        "grow", "grows", "growing", "grew", "grown", "break", "breaks", "breaking", "broke", "broken", "set", "sets",
        "setting", "sign", "signed", "signing", "follow", "followed", "following", "pick", "picked", "picking", "take",
        "taken", "taking", "took", "bring", "brought", "bringing", "make", "made", "making", "build", "built",
        "building", "look", "looked", "looking", "turn", "turned", "sum", "summed", "step", "stepped", "stepping",
        "back", "backed", "pinned", "scale", "scaled", "write", "written", "wrote", "play", "played", "show", "showed",
        "shown", "turning", "slowed", "slow", "settle", "settled", "bed", "calm", "calmed",
    ]

    /// Words before "up to" that make it a limit ("a home for up to six children"), not a rise to a figure.
    static let limitLeads: Set<String> = [
        "for", "of", "with", "and", "or", "in", "by", "at", "on", "take", "takes", "accommodate", "accommodates",
        "hold", "holds", "support", "supports", "cost", "costs", "wait", "waited", "last", "lasts", "lasting",
    ]

    /// Words before "stable", "steady" or "constant" that make it a quality of a thing ("in stable placements", "a
    /// stable workforce", "more stable"), not a level that held.
    static let qualityLeads: Set<String> = [
        "in", "into", "a", "an", "the", "of", "for", "with", "more", "most", "less", "and", "or", "their", "its",
        "our", "long-term", "secure",
    ]

    /// Words after a figure that make it the size of a change ("a 17.6% decrease", "a 10% point increase").
    static let changeNouns: Set<String> = [
        "increase", "decrease", "reduction", "rise", "fall", "drop", "point", "points", "pts", "change", "improvement",
    ]

    /// Words that introduce a rating in a sentence: "rated Amber", "RAG: Red", "RAG rating – Green", "status: red".
    static let statusCues: Set<String> = ["rated", "rating", "rag", "status", "rag-rated"]

    /// Red/amber/green ratings.
    static let statusWords: [String: RAGStatus] = [
        "red": .red, "amber": .amber, "green": .green, "blue": .blue, "r": .red, "a": .amber, "g": .green, "b": .blue,
    ]

    /// Words before a number that make it a name: legislation, document parts, school years, stages
    /// ("Section 47", "Appendix 3", "Year 6", "quarter 4", "Key Stage 2", "Tier 3", "Session 1").
    static let namingWords: Set<String> = [
        "section", "sections", "s", "paragraph", "paragraphs", "para", "paras", "page", "pages", "p", "pp", "item",
        "items", "appendix", "appendices", "annex", "chapter", "part", "schedule", "article", "clause", "regulation",
        "rule", "version", "v", "phase", "stage", "stages", "tier", "level", "levels", "step", "session", "workstream",
        "stream", "priority", "priorities", "year", "yr", "quarter", "quarters", "q", "wave", "figure", "fig", "table", "chart",
        "graph", "box", "room", "ward", "route", "act", "minute", "recommendation", "recommendations",
        "objective", "question", "option", "grade", "band", "standard", "week", "cohort", "term", "no", "ref",
        "reference", "tel", "telephone", "phone", "ext", "extension", "mobile", "fax", "floor", "building", "unit",
        "number", "category", "outcome", "domain", "post", "aged", "age", "ages", "covid",
        "asq", "ks", "area", "district", "team", "pathway", "lot", "turning", "attainment", "progress", "indicator",
        "indicators", "kpi", "kpis", "pi", "ni", "measure", "video", "slide", "profile", "scr", "cspr", "lcspr",
    ]

    /// Words before "year" that make it the current year, not a school year ("This year 219 audits").
    static let yearDeterminers: Set<String> = ["this", "last", "next", "each", "every", "a", "per", "that", "the", "financial", "previous", "current", "academic", "same"]

    /// Nouns that a four-digit figure before 1990 may count ("to 1983 people"); otherwise it is a year.
    static let countedNouns: Set<String> = [
        "people", "children", "young", "staff", "practitioners", "professionals", "pupils", "families", "delegates",
        "referrals", "contacts", "cases", "attendees", "participants", "learners", "students", "parents", "carers",
        "members", "adults", "visits", "assessments", "calls", "households",
    ]

    /// Spans and distances written after a number: "across the 3 terms", "20 miles from home".
    static let spanNouns: Set<String> = [
        "term", "terms", "semesters", "quarters", "miles", "mile", "km", "kilometres", "metres", "yards",
    ]

    /// Singular nouns and frequency words a number turns into an adjective of the noun after them, as reports name
    /// models, plans and rhythms of work: "A 3 Tier training model", "the new 12 stage process", "a 10 point plan",
    /// "on a six monthly basis", "6 weekly reviews". (A count takes the plural: "3 stages were completed".)
    static let adjectivalNouns: Set<String> = ["tier", "stage", "step", "point", "phase", "strand", "pillar", "level"]

    /// Frequency words that make the number before them a rhythm, not a count: "on a six monthly basis", "held 12
    /// weekly", "6 weekly reviews".
    static let frequencyWords: Set<String> = ["monthly", "weekly", "daily", "yearly", "fortnightly", "termly", "quarterly", "hourly"]

    /// Words after a number that make it an age or a school year ("16 year olds", "0-25 service", "16+").
    static let ageWords: Set<String> = ["year-olds", "olds", "yrs", "service", "services", "plus"]

    /// Words a figure's own unit is written with inside parentheses: "(85 per cent)", "(£1.2 million)", "(£3m)".
    static let figureUnitWords: Set<String> = Set(multipliers.keys).union(["per", "cent", "percent"])

    /// Verbs that restate the figure before in another unit: "equating to 284 per 10,000", "which represents 12%".
    static let restatementWords: Set<String> = [
        "equating", "equates", "equated", "equate", "equivalent", "equals", "equal", "representing", "represents",
        "amounting", "amounts",
    ]

    /// Verbs that report a finding ("Data tells us that …", "The audit found that …"): the figure's subject is in
    /// the clause after "that".
    static let reportingVerbs: Set<String> = [
        "tells", "told", "shows", "showed", "shown", "indicates", "indicated", "suggests", "suggested", "found",
        "finds", "means", "meant", "reveals", "revealed", "demonstrates", "demonstrated", "confirms", "confirmed",
        "evidences", "evidenced", "highlights", "highlighted", "announce", "announced", "said", "says", "reported",
        "noted", "explained", "advised", "informed", "stated", "added", "reminded", "assured",
    ]

    /// Reporting verbs that take a finding as their object ("The data showed the number of …"); a participle's
    /// sense ("children found to be …") has no determiner after it.
    static let findingVerbs: Set<String> = [
        "shows", "showed", "reveals", "revealed", "indicates", "indicated", "suggests", "suggested", "demonstrates",
        "demonstrated", "confirms", "confirmed", "highlights", "highlighted", "found", "finds", "heard", "hears",
    ]

    /// How often an amount recurs, written right after it ("£21 million a year", "£40m per year", "£2,076 a week"):
    /// part of the figure, never its name. Councils' budget lines and press reports of them write costs so.
    static let frequencyPhrases: [[String]] = [
        ["a", "year"], ["per", "year"], ["each", "year"], ["every", "year"], ["per", "annum"], ["a", "month"],
        ["per", "month"], ["each", "month"], ["a", "week"], ["per", "week"], ["each", "week"], ["a", "day"], ["per", "day"],
        ["annually"],
    ]

    /// Participles between a benchmark's figure and its adverb ("the 195 seen regionally", "64 recorded nationally").
    static let benchmarkParticiples: Set<String> = ["seen", "recorded", "reported", "observed", "found"]

    /// Words after "one" that make it a pronoun ("one who has been assessed", "one of our priorities").
    static let pronounFollowers: Set<String> = ["who", "whom", "which", "that", "of", "another", "such"]

    /// Words that name nothing as a whole label: a change's direction or noun, a time adverb, a linking participle
    /// ("increased by 18%" → "up", "a 40% increase" → "increase", "we are now at 51%" → "now").
    static let emptyLabels: Set<String> = [
        "up", "down", "now", "increase", "decrease", "rise", "fall", "reduction", "falling", "rising", "increasing",
        "decreasing", "representing", "equating", "has grown", "grown", "increased", "decreased",
    ]

    /// Label stops that cannot open a label after a figure either; participles and reasons can ("30% making
    /// sustainable change", "184 because of emotional abuse").
    static let labelOpenStops: Set<String> = labelStops.subtracting(["taking", "bringing", "making", "resulting", "because"])

    /// Words that name a measure but not what it measures: a label of only this ("rate") says nothing by itself.
    static let measureWords: Set<String> = [
        "rate", "number", "numbers", "figure", "proportion", "percentage", "total", "level", "amount",
    ]

    /// A label that is a measure word alone, perhaps after a determiner ("rate", "the figure", "This figure");
    /// `demonstrative` when it points back ("this", "that": the figure before).
    static func bareMeasure(_ label: String) -> (word: String, demonstrative: Bool)? {
        // Asked of every label: a byte count of its words refuses the long ones before lowercasing and splitting.
        guard TextShape.wordCount(label, limit: 2) <= 2 else { return nil }
        let words = label.lowercased().split(separator: " ")
        guard let last = words.last, measureWords.contains(String(last)), words.count <= 2 else { return nil }
        guard words.count == 2 else { return (String(last), false) }
        switch words[0] {
        case "this", "that": return (String(last), true)
        case "the": return (String(last), false)
        default: return nil
        }
    }

    /// Small words that may stand between a restating verb and its figure ("equating to", "which has since
    /// increased to", "represents a rate of around").
    /// Words of when or how a rate restating a count is taken: "which is a year-end rate of 329.5 per 10,000".
    static let rateQualifiers: Set<String> = ["year", "end", "annual", "annualised", "annualized", "overall", "current", "average"]

    static let restatementFillers: Set<String> = [
        "to", "a", "an", "of", "rate", "around", "about", "approximately", "has", "have", "had", "now", "since", "further",
    ]

    /// Words that can lead from a preposition into a period ("in the year 2019-20", "as at the end of March 2020",
    /// "between November and March 2020"), besides capitalised names and figures.
    static let periodLeadWords: Set<String> = [
        "the", "at", "of", "end", "year", "period", "financial", "reporting", "calendar", "and", "to", "st", "nd", "rd", "th",
    ]

    /// Words bounding a timescale in an indicator's definition ("more than 72 hours", "over 20 days").
    static let boundWords: Set<String> = ["more", "less", "fewer", "longer", "over", "under"]

    /// "quarter four", "quarter one": quarters numbered in words, as committee minutes write them.
    static let quarterNumberWords: Set<String> = ["one", "two", "three", "four"]

    /// Words that open a time phrase naming no date ("during this quarter", "in the year").
    static let timeDeterminers: Set<String> = ["this", "the", "that", "each", "same", "last", "previous"]

    /// Verbs that go on from a population to what was measured of it ("children referred during this quarter had
    /// been re-referred", "children in Quarter 1 had a health assessment").
    static let predicateVerbs: Set<String> = ["were", "was", "had", "has", "have", "is", "are"]

    /// Nouns of a period left in a label when its number was read as the period ("in quarter", "the year").
    static let periodNouns: Set<String> = ["quarter", "year", "month", "week", "period", "term", "q1", "q2", "q3", "q4"]

    /// Words that lead into a period inside a subject ("children in care at 31 March", "referrals for the year
    /// ending March 2021"), which leave the label with the period.
    static let periodLeadIns: Set<String> = periodLeadWords.union([
        "in", "as", "for", "during", "by", "on", "ending", "ended", "until", "over", "within",
    ])

    /// Words for the measure that a report puts a "per 10,000" rate on ("rate per 10,000", "per 1,000 live births").
    static let rateBases: Set<Double> = [100, 1_000, 10_000, 100_000, 1_000_000]

    /// What a rate's base counts ("per 10,000 population", "Rate of 100,000 population of Children in Need").
    static let baseNouns: Set<String> = ["population", "people", "residents", "inhabitants", "children"]

    /// Words between a count and its base that make it a rate: "65 per 10,000", "64 in every 10,000", "870 for
    /// every 10,000", "5 out of every 1,000".
    static let rateLeads: [[String]] = [["per"], ["in", "every"], ["for", "every"], ["out", "of", "every"]]

    /// Auxiliaries dropped from labels ("10,178 contacts were made" → "contacts made").
    static let auxiliaries: Set<String> = ["were", "was", "is", "are", "been", "being", "be"]

    /// Verbs that end a subject ("The number of referrals has decreased to …" → "number of referrals").
    static let subjectVerbs: Set<String> = Set([
        "is", "was", "were", "are", "has", "have", "had", "increased", "decreased", "rose", "fell", "remained",
        "remains", "reduced", "dropped", "stands", "stood", "equates", "continues", "continued", "shows", "showed",
        "reached", "totalled", "totaled", "saw", "achieved", "improved", "rises", "falls", "will", "would",
        "went", "grew", "increases", "decreases", "represents", "indicates", "accounted", "made",
        // Plural subjects' forms ("Neglect and emotional abuse continue to be …").
        "continue", "remain", "represent",
    ]).union(changeVerbs)

    /// Words that end a label phrase: comparisons, consequences and new clauses.
    static let labelStops: Set<String> = [
        "which", "compared", "comparison", "resulting", "respectively", "however", "but", "whilst", "while",
        "against", "this", "meaning", "although", "despite", "taking", "bringing", "making", "so", "because",
        "than", "whereas", "equating", "representing", "versus", "vs", "according",
    ]

    /// Words that cannot end a label.
    static let danglingWords: Set<String> = [
        "of", "the", "to", "in", "at", "for", "and", "a", "an", "or", "on", "by", "with", "from", "as", "that", "who",
        "were", "was", "is", "are", "their", "our", "its", "per", "than", "into", "has", "have", "had", "be", "been",
        "&", "this", "these", "during", "within", "between", "aged", "including", "via", "when", "where",
    ]

    /// Prepositions that, at the head of the words after a figure, show no noun follows ("to 24% in 2019-20").
    /// Words joining a figure to the one before in one clause ("41% came from schools and 18% from the police").
    static let coordinators: Set<String> = ["and", ",", "but", "while", "whilst"]

    /// Prepositions that open the phrase telling two figures of one clause apart ("from the police", "by health").
    /// Not "in", "at", "during": after a figure they mostly open a period.
    static let phrasePrepositions: Set<String> = ["from", "by", "to", "for", "with", "through", "via", "into"]

    /// Modifiers a report lists before one shared noun, from the phases, stages and kinds its measures count:
    /// "primary and secondary schools", "initial and review conferences", "physical and emotional abuse".
    static let listedModifiers: Set<String> = [
        "primary", "secondary", "special", "nursery", "infant", "junior", "initial", "review", "first", "second", "third",
        "subsequent", "repeat", "new", "male", "female", "physical", "emotional", "sexual", "internal", "external", "local",
        "regional", "national", "maintained", "independent", "fixed", "permanent", "full", "part", "single", "joint",
    ]

    static let prepositions: Set<String> = [
        "in", "to", "at", "from", "on", "for", "by", "with", "during", "since", "and", "or", "as", "than", "compared",
        "against", "which", "this", "that", "it", "across", "over", "under", "into", "between", "within", "per", "last",
        "respectively", "year", "but", "so", "when", "where", "while", "whilst", "after", "before",
    ]

    /// Verbs and superlatives of a figure ranking itself against others ("106 represented the highest number since
    /// 1990", "420 was the lowest for five years", "31% is the highest rate recorded"), from annual reports' commentary.
    static let rankingVerbs: Set<String> = ["represented", "represents", "was", "is", "marked", "marks", "remains", "remained"]
    static let superlatives: Set<String> = [
        "highest", "lowest", "largest", "smallest", "greatest", "most", "fewest", "least", "best", "worst",
    ]

    /// Leading words dropped from a subject label ("The number of children …" → "children …").
    static let subjectLeads: [[String]] = [
        ["the", "number", "of"], ["the", "numbers", "of"], ["numbers", "of"], ["number", "of"],
        ["the", "proportion", "of"], ["proportion", "of"], ["the", "percentage", "of"], ["percentage", "of"],
        ["there", "were"], ["there", "are"], ["there", "was"], ["there", "is"], ["there", "have", "been"],
        ["overall"], ["the"], ["of", "these"], ["of", "those"], ["in", "total"], ["a", "total", "of"], ["and"],
        ["resulting", "in"], ["with"], ["a"], ["an"], ["it", "has"], ["it", "had"], ["we", "have"], ["we", "had"],
        // Conjunctions that open a subordinate clause: "Although the overall number of referrals fell by 269".
        ["although"], ["though"], ["whilst"], ["while"], ["because"], ["however"], ["furthermore"], ["additionally"],
        // Relative adverbs that open a clause about an earlier noun: "… before the pandemic, where referrals to
        // children's services were approximately 5,000 per year".
        ["where"], ["whereby"], ["when"],
        // Sentence adverbs: "Also the re-referral rate was 19%", "In addition, the number of …".
        ["also"], ["in", "addition"], ["moreover"], ["similarly"], ["likewise"], ["consequently"], ["therefore"],
        ["encouragingly"], ["importantly"], ["notably"], ["positively"], ["pleasingly"], ["unfortunately"], ["again"],
        // The year a sentence is set in, which the period field holds: "This year the CSPR Group has conducted …",
        // "During the year the CDOP reviewed 36 deaths".
        ["this", "year"], ["during", "the", "year"], ["over", "the", "year"], ["in", "the", "year"],
    ]

    /// Verbs after which a figure is the object of its clause ("Police attended 70% of ICPCs" → "Police attended ICPCs").
    static let objectVerbs: Set<String> = [
        "attended", "recorded", "reviewed", "rated", "received", "identified", "delivered", "reached", "supported",
        "completed", "held", "published", "trained", "submitted", "visited", "engaged", "discussed", "conducted",
        "undertook", "undertaken", "audited", "referred", "offered", "provided", "saw", "seen", "made", "registered",
    ]

    /// Conjunctions that start a new clause inside a sentence, where a passive clause's subject begins.
    static let clauseConjunctions: Set<String> = ["and", "but", "which", "while", "whilst", "whereas", "although", "so"]

    /// Verbs written right after a share ("76% completed", "87% met timescales", "29% were not"), whose
    /// subject is the population of the share before it in the sentence.
    static let shareVerbs: Set<String> = ["met", "had", "felt", "went", "came", "did", "got", "said", "not", "stated", "reported"]

    /// Words that make a pronoun subject, to be replaced by the figure before ("this rises to 40%").
    static let pronouns: Set<String> = ["this", "it", "which", "that", "these", "there", "we", "they", "those"]

    /// Words after a compared figure that say when or where it stood, not whose it is ("compared with 380
    /// previously", "compared with 22% across the region", "compared with 46% respectively").
    static let groupStops: Set<String> = prepositions.union(periodNouns).union(benchmarkParticiples).union([
        "previously", "earlier", "nationally", "regionally", "locally", "overall", "the", "a", "an",
    ])

    /// Words before a figure that make it the extent of what is said ("in all 5 domains", "in each of 3 areas").
    static let scopeDeterminers: Set<String> = ["all", "each", "every", "both"]

    /// Words placing a compared figure in the past without a written period ("twelve months ago", "the year before").
    static let earlierTimeWords: Set<String> = ["ago", "previously", "earlier", "before", "last", "previous", "prior"]

    /// Verbs before "at" that give a level ("stood at 19", "remained at 21"), so the figure is a value, not an age.
    static let levelVerbs: Set<String> = [
        "stood", "stands", "stand", "remained", "remains", "remain", "was", "is", "were", "are", "peaked", "reached",
        "levelled", "leveled", "held", "set", "steady", "stable", "rate", "level", "currently", "now",
    ]

    /// Words opening a clause of time or place inside a comparison ("lower than last year, when it was 52%").
    static let relativeWords: Set<String> = ["when", "where", "who", "whom", "while", "whilst"]

    /// Headings and captions of tables that record meeting attendance: those cells are attendance, not metrics.
    static let attendanceWords: [String] = ["attendance", "attended", "attend"]

    /// Row labels whose values are references, not measures ("Item No.", "Telephone", "Date").
    static let referenceRowWords: Set<String> = [
        "item", "page", "pages", "tel", "telephone", "phone", "mobile", "version", "ref", "reference", "date", "time",
        "postcode", "ext", "extension", "ward", "wards", "appendix", "agenda", "fax", "report", "dated",
    ]

    /// Words of the statutory guidance on members' interests that council agenda packs print before the business
    /// (Localism Act 2011 s.30; the Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012, whose
    /// thresholds agenda packs quote: "a total nominal value above £25,000 or 1% of the total issued share capital",
    /// "fines up to £5,000"). Those figures measure nothing about children: a sentence with one of these words, or
    /// a section titled with one, gives no metrics.
    static let memberInterestWords: Set<String> = ["pecuniary", "disclosable", "dpi", "dpis", "shareholdings"]
    static let memberInterestPhrases: [[String]] = [
        ["share", "capital"], ["nominal", "value"], ["register", "of", "interests"], ["disclosing", "interests"],
        ["declarations", "of", "interest"], ["declaration", "of", "interest"], ["declarations", "of", "interests"],
        ["declaration", "of", "interests"], ["members'", "interests"], ["members", "’", "interests"],
    ]

    /// Labels of contact and reference lines in agenda packs and report covers ("Contact: A Name 2929",
    /// "Venue: Room 2"): the numbers on such a line measure nothing.
    static let contactLabels: Set<String> = [
        "contact", "contacts", "tel", "telephone", "phone", "mobile", "email", "e-mail", "ext", "extension", "fax",
        "venue", "address", "location", "ref", "reference", "room", "postcode",
    ]

    /// Column headers that make unmarked cells currency.
    static let currencyHeaderWords: Set<String> = ["£", "budget", "actual", "spend", "spent", "cost", "costs", "expenditure", "income", "funding", "outturn"]

    /// Column headers that make unmarked cells percentages.
    static let percentHeaderWords: Set<String> = ["%", "percentage", "percent", "proportion"]

    /// Abbreviations ending in a full stop that do not end a sentence ("Yr. 6", "approx. 100", "e.g.").
    static let abbreviations: Set<String> = [
        "yr", "e", "g", "i", "approx", "no", "nos", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "cllr", "cf", "para",
        "fig", "ref", "inc", "incl", "est", "p", "pp", "viz", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ]
}
