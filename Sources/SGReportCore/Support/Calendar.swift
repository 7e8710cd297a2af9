/// English calendar words as UK reports write them: full and short month names, weekdays.
enum Calendar {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Ordinal suffixes written after a day number ("18th", "1st", "2 nd").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// The UK financial (and reporting) year starts on 1 April.
    static let financialYearStartMonth = 4
}
