/// A figure as a report writes it, read off its tokens with its unit and qualifier:
/// "approximately 100 episodes" → 100, count, about; "£1.2m" → 1200000, currency; "65 per 10,000" → 65, rate, per 10000.
struct NumberMention: Sendable, Equatable {
    var value: Double
    var unit: Metric.Unit = .count
    var currency: String?
    var per: Double?
    var denominator: Double?
    var durationUnit: DurationUnit?
    var qualifier: Metric.Qualifier?
    /// Index of the number's own (first) token.
    let token: Int
    /// Token range of the whole figure: prefix (qualifier, £, sign, "(") through unit words.
    var first: Int
    var end: Int
    /// UTF-8 offset of the number itself, for its line.
    let offset: Int
    /// Written as words ("six").
    var isWord = false
    /// Written with a sign ("+7", "-101").
    var signed = false
    /// Standing inside parentheses ("(6.3%)", "(122,647)").
    var inParentheses = false
    /// Followed by "pts"/"points" or "% point": the size of a change, not a level.
    var isPoints = false
    /// No unit marker written: "%", "£", "per", "/", "out of" and duration words make a number explicit.
    var isBare: Bool { unit == .count && !isWord && currency == nil && per == nil && denominator == nil }
    /// Read only so its digits are not taken for another figure: a year, a date part, a name's number.
    var isName = false
    /// Written as an integer (no decimal point, no thousands separator).
    var isPlainInteger = false
    /// How many digits the integer part was written with ("01905" → 5).
    var digitCount = 0
    /// Written with a leading zero ("01905"), as phone numbers are.
    var leadingZero = false
    /// The token of a number read as part of this figure, not as a figure of its own ("In 1 case (of the 5)").
    var swallowed: Int?
}
