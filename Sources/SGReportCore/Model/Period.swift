/// The span a report covers, as written and as dates: "2019-20" → 2019-04-01 … 2020-03-31.
public struct Period: Sendable, Equatable {
    /// The period as the report writes it, e.g. "2016/17" or "April 2019 – March 2020".
    public let label: String
    public let start: PartialDate?
    public let end: PartialDate?

    public init(label: String, start: PartialDate?, end: PartialDate?) {
        self.label = label
        self.start = start
        self.end = end
    }
}
