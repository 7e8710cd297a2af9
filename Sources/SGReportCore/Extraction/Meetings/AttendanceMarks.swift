/// What one cell of an attendance grid says about a member at one meeting.
enum AttendanceMark: Sendable, Equatable {
    /// Attended in person (✓, Y, P, "Attended").
    case present
    /// A deputy, substitute or representative attended in the member's place (D, Dep, Rep, Sub).
    case deputy
    /// Apologies were sent (A, Apols, "Apologies").
    case apologies
    /// Expected but did not attend, no apologies (N, No, ✗, DNA).
    case absent
    /// Not expected at that meeting: a blank cell, "-", "n/a", "not a member", a cancelled meeting.
    case notExpected
    /// "X"/"x"/"×": a cross that some grids use for "attended" (a ticked box) and others for "absent";
    /// the legend decides, else the rest of the grid (see `AttendanceLegend.resolveCross`).
    case cross
}

/// The marks attendance grids are written with, in one table, and the meanings legends give them.
///
/// Sources: the attendance appendices of UK safeguarding children board and partnership annual reports
/// and of council scrutiny committees' annual reports (grids of members by meeting date, "✓ = attended,
/// A = apologies, D = deputy attended", "Y/N", "X = did not attend"), and the minutes conventions of the same
/// bodies ("Apologies", "Substitute", "Rep"). Keys are lower case, trimmed, without a trailing "*" or ".".
/// A single "R" or "G" is deliberately absent: in a RAG table they are Red and Green, never attendance.
enum AttendanceMarks {
    static let defaults: [String: AttendanceMark] = [
        // attended
        "✓": .present, "✔": .present, "√": .present, "☑": .present, "🗸": .present, "✅": .present,
        "y": .present, "yes": .present, "p": .present, "present": .present, "attended": .present,
        // a deputy attended
        "d": .deputy, "dep": .deputy, "deputy": .deputy, "deputised": .deputy, "deputising": .deputy, "rep": .deputy,
        "sub": .deputy, "substitute": .deputy, "represented": .deputy,
        // apologies sent
        "a": .apologies, "ap": .apologies, "apol": .apologies, "apols": .apologies, "apologies": .apologies,
        "apologies sent": .apologies, "apologies received": .apologies,
        // absent
        "n": .absent, "no": .absent, "absent": .absent, "dna": .absent, "did not attend": .absent, "✗": .absent,
        "✘": .absent, "☒": .absent,
        // not expected (a blank cell reads the same)
        "-": .notExpected, "–": .notExpected, "—": .notExpected, "n/a": .notExpected, "na": .notExpected,
        "nm": .notExpected, "n/m": .notExpected, "not a member": .notExpected, "not member": .notExpected,
        "vacant": .notExpected, "cancelled": .notExpected, "not required": .notExpected,
        "not applicable": .notExpected,
        // either way: the legend or the grid decides
        "x": .cross, "×": .cross,
    ]

    /// Marks drawn as glyphs rather than letters; the reading stage keeps them as cells of their own.
    static let glyphs: Set<String> = Residue.cellMarks

    /// What a legend entry's meaning says, first match wins: "did not attend" before "attend",
    /// "no apologies" before "apologies", "deputy attended" before "attended".
    static let legendMeanings: [(phrase: String, mark: AttendanceMark)] = [
        ("not a member", .notExpected), ("not member", .notExpected), ("not required", .notExpected),
        ("not applicable", .notExpected), ("n/a", .notExpected), ("cancelled", .notExpected), ("not held", .notExpected),
        ("no meeting", .notExpected), ("vacant", .notExpected), ("not expected", .notExpected),
        ("did not attend", .absent), ("not attend", .absent), ("non-attend", .absent), ("non attend", .absent),
        ("no apolog", .absent), ("without apolog", .absent), ("dna", .absent),
        ("apolog", .apologies),
        ("deput", .deputy), ("substitut", .deputy), ("representative", .deputy), ("sent a rep", .deputy),
        ("absent", .absent), ("attend", .present), ("present", .present),
    ]

    /// Words in a legend's deputy entry saying a deputy does not count as the member attending.
    static let notCountedPhrases: [String] = ["not count", "not included", "excluded", "not counted"]

    /// Cell words that make a table a RAG rating table, never an attendance grid.
    static let ragWords: Set<String> = ["red", "amber", "green", "blue", "r", "g", "rag", "r/a", "a/g", "complete", "completed"]

    /// Words that say a table records attendance at meetings, looked for in its header, legend, the lines
    /// above it and its section title.
    static let cueWords: Set<String> = [
        "attendance", "attended", "attend", "attendee", "attendees", "meeting", "meetings", "apologies", "present",
        "membership", "members",
    ]

    /// First-cell words of a summary row inside a grid ("Total attendance", "Quorate") passed over.
    static let summaryRowWords: Set<String> = [
        "total", "totals", "attendance", "quorate", "quoracy", "quorum", "number", "percentage", "overall",
    ]

    /// Header words of a column stating the member's total ("Total", "% attended", "Attendance").
    static let totalHeaderWords: Set<String> = [
        "total", "totals", "attendance", "attended", "percent", "percentage", "possible", "overall", "rate",
    ]

    /// Words that with a number name a meeting column by its place: "Meeting 1", "Mtg 2", "Q1", "Qtr 3".
    static let ordinalColumnWords: Set<String> = ["meeting", "mtg", "q", "qtr", "quarter", "session"]

    /// A cell's or legend entry's text as the tables above key it: trimmed, lower case, no trailing "*" or ".".
    static func key(_ text: String) -> String {
        var t = String(text.trimmingCharacters(in: " ")).lowercased()
        while let last = t.last, last == "*" || last == "." { t.removeLast() }
        return String(t.trimmingCharacters(in: " "))
    }
}
