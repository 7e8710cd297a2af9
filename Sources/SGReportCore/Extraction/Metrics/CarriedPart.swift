/// A benchmark, earlier value or target written in a passage of its own, after the passage whose last figure it
/// belongs to: "- The re-referral rate in 2019-20 was 24%." / "- This is higher than the national average (22.6%)
/// and statistical neighbours (21%)." → comparators national 22.6 and statistical neighbours 21 of 24%.
///
/// Converters break a report's sentences into paragraphs and list items of their own, so the comparison often
/// stands a block away from the figure it compares.
struct CarriedPart: Sendable, Equatable {
    let role: FigureRole
    let value: Double
    /// The earlier value's period ("compared to 83% last year" → "last year").
    let period: String?

    /// Only a part of a figure of the same unit is carried: "This compares with 83% nationally" after a share.
    static func carries(_ role: FigureRole) -> Bool {
        switch role {
        case .comparators, .previous, .target: return true
        case .main, .change: return false
        }
    }
}

extension Metric {
    /// This metric with the parts a later passage gave it; a part it already has is kept.
    func adding(_ parts: [CarriedPart]) -> Metric {
        var comparators = self.comparators
        var previous = self.previous
        var target = self.target
        for part in parts {
            switch part.role {
            case .comparators(let names):
                for name in names where !comparators.contains(where: { $0.name == name }) {
                    comparators.append(Comparator(name: name, value: part.value))
                }
            case .previous:
                if previous == nil { previous = PreviousValue(value: part.value, period: part.period) }
            case .target:
                if target == nil { target = part.value }
            case .main, .change:
                break
            }
        }
        // No change word was written with the figure: the direction is the comparison with its earlier value.
        let trend = self.trend ?? previous.map { p in value > p.value ? .up : value < p.value ? .down : .flat }
        return Metric(
            label: label, value: value, unit: unit, currency: currency, per: per, denominator: denominator,
            durationUnit: durationUnit, period: period, qualifier: qualifier, previous: previous, comparators: comparators,
            target: target, status: status, trend: trend, table: table, section: section, line: line, text: text)
    }
}
