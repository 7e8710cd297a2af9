/// How a metric's value reads in text: `24%`, `£1,200,000`, `65 per 10,000`, `3/4`, `23 days`, `~10,178`.
enum MetricText {
    /// The metric's own value with its unit and qualifier.
    static func value(_ m: Metric) -> String {
        qualifier(m.qualifier) + value(m.value, as: m)
    }

    /// Any figure in the metric's unit: its previous value, a comparator or a target reads like the value.
    static func value(_ x: Double, as m: Metric) -> String {
        let n = NumberText.grouped(x)
        switch m.unit {
        case .percent: return n + "%"
        case .count: return n
        case .currency: return currencyPrefix(m.currency) + n
        case .rate: return m.per.map { n + " per " + NumberText.grouped($0) } ?? n
        case .fraction: return m.denominator.map { n + "/" + NumberText.grouped($0) } ?? n
        case .duration:
            guard let unit = m.durationUnit else { return n }
            // "1 day", not "1 days".
            return n + " " + (x == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)
        }
    }

    /// What the value is set against: `prev 19% (2018-19); England 21%; target 25%`.
    static func comparison(_ m: Metric) -> String {
        var parts: [String] = []
        if let previous = m.previous {
            var s = "prev " + value(previous.value, as: m)
            if let period = previous.period { s += " (\(period))" }
            parts.append(s)
        }
        for c in m.comparators { parts.append(c.name + " " + value(c.value, as: m)) }
        if let target = m.target { parts.append("target " + value(target, as: m)) }
        return parts.joined(separator: "; ")
    }

    /// Whether the metric is set against anything, which makes it a headline figure.
    static func isCompared(_ m: Metric) -> Bool {
        m.previous != nil || !m.comparators.isEmpty || m.target != nil
    }

    private static func qualifier(_ q: Metric.Qualifier?) -> String {
        switch q {
        case nil: return ""
        case .about: return "~"
        case .over: return ">"
        case .under: return "<"
        case .atLeast: return "≥"
        case .atMost: return "≤"
        }
    }

    private static func currencyPrefix(_ code: String?) -> String {
        switch code {
        case nil, "GBP": return "£"
        case "EUR": return "€"
        case "USD": return "$"
        case let other?: return other + " "
        }
    }
}
