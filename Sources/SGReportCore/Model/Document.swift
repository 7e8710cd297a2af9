/// Everything sgreport reads out of one report: its metadata, outline, facts and warnings.
///
/// For `walsall-2019-20.txt`: report kind `.annualReport`, period 2019-20, sections
/// "1. Introduction and New Arrangements" …, metrics such as 10,178 contacts to the MASH.
public struct Document: Sendable, Equatable {
    public static let schemaVersion = 1

    public let report: ReportInfo
    public let sections: [Section]
    public let metrics: [Metric]
    public let priorities: [Priority]
    public let meetings: [Meeting]
    public let attendance: [Attendance]
    public let warnings: [DocumentWarning]
    /// Facts about the input itself (size, lines) for digests; not part of the JSON contract.
    public let stats: InputStats

    public init(
        report: ReportInfo, sections: [Section] = [], metrics: [Metric] = [], priorities: [Priority] = [],
        meetings: [Meeting] = [], attendance: [Attendance] = [], warnings: [DocumentWarning] = [],
        stats: InputStats = InputStats(bytes: 0, lines: 0)
    ) {
        self.report = report
        self.sections = sections
        self.metrics = metrics
        self.priorities = priorities
        self.meetings = meetings
        self.attendance = attendance
        self.warnings = warnings
        self.stats = stats
    }
}

/// The size of an input as read: `InputStats(bytes: 81268, lines: 894)`.
public struct InputStats: Sendable, Equatable {
    public let bytes: Int
    public let lines: Int

    public init(bytes: Int, lines: Int) {
        self.bytes = bytes
        self.lines = lines
    }
}
