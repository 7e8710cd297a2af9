/// One quantitative fact: "24% of children became subject of a plan for a second time, up from 19% in 2018-19".
public struct Metric: Sendable, Equatable {
    public enum Unit: String, Sendable, CaseIterable { case percent, count, currency, rate, fraction, duration }
    public enum Qualifier: String, Sendable, CaseIterable { case about, over, under, atLeast = "at-least", atMost = "at-most" }
    public enum Trend: String, Sendable, CaseIterable { case up, down, flat }

    public let label: String
    public let value: Double
    public let unit: Unit
    /// "GBP" when `unit` is `.currency`.
    public let currency: String?
    /// 10000 for "65 per 10,000".
    public let per: Double?
    /// 4 for "3/4 meetings attended" (value 3); for a share, the whole it is of: 425 for "25% of the 425 children".
    public let denominator: Double?
    public let durationUnit: DurationUnit?
    public let period: String?
    public let qualifier: Qualifier?
    public let previous: PreviousValue?
    public let comparators: [Comparator]
    public let target: Double?
    public let status: RAGStatus?
    public let trend: Trend?
    public let table: TableCellRef?
    public let section: String?
    public let line: Int
    public let text: String

    public init(
        label: String, value: Double, unit: Unit, currency: String? = nil, per: Double? = nil,
        denominator: Double? = nil, durationUnit: DurationUnit? = nil, period: String? = nil,
        qualifier: Qualifier? = nil, previous: PreviousValue? = nil, comparators: [Comparator] = [],
        target: Double? = nil, status: RAGStatus? = nil, trend: Trend? = nil, table: TableCellRef? = nil,
        section: String? = nil, line: Int, text: String
    ) {
        self.label = label
        self.value = value
        self.unit = unit
        self.currency = currency
        self.per = per
        self.denominator = denominator
        self.durationUnit = durationUnit
        self.period = period
        self.qualifier = qualifier
        self.previous = previous
        self.comparators = comparators
        self.target = target
        self.status = status
        self.trend = trend
        self.table = table
        self.section = section
        self.line = line
        self.text = text
    }
}

/// The unit of a duration metric: "an average of 23 days" → `.days`.
public enum DurationUnit: String, Sendable, CaseIterable { case hours, days, weeks, months, years }

/// A red/amber/green (or blue) rating given to a figure or a priority.
public enum RAGStatus: String, Sendable, CaseIterable { case red, amber, green, blue }

/// An earlier value of the same measure: "up from 19% in 2018-19" → 19, "2018-19".
public struct PreviousValue: Sendable, Equatable {
    public let value: Double
    public let period: String?

    public init(value: Double, period: String?) {
        self.value = value
        self.period = period
    }
}

/// A benchmark the report compares a value with: "England (21%)" → England, 21.
public struct Comparator: Sendable, Equatable {
    public let name: String
    public let value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}

/// Where a value stands in a table of figures: row "Education", column "Number of contacts 2019-20".
public struct TableCellRef: Sendable, Equatable {
    public let row: String?
    public let column: String?

    public init(row: String?, column: String?) {
        self.row = row
        self.column = column
    }
}
