/// The listing commands' filters, combined with AND: `--grep`, `--section`, `--unit`, `--min`, `--max`, …
public struct ListFilter: Sendable, Equatable {
    /// Case-insensitive, on a label or title and on the source text.
    public var grep: String?
    /// Case-insensitive, on the title of the section an item stands in.
    public var section: String?
    public var unit: Metric.Unit?
    public var min: Double?
    public var max: Double?
    public var scope: Priority.Scope?
    public var status: Meeting.Status?
    public var from: PartialDate?
    public var to: PartialDate?

    public init() {}
}
