/// One entry of a report's outline: `Section(number: "3.2", title: "Monitoring Effectiveness", level: 2, line: 352)`.
public struct Section: Sendable, Equatable {
    /// The number as written ("1", "2.2.1", "Appendix 3"'s "3"), or nil for an unnumbered heading.
    public let number: String?
    public let title: String
    /// 1 for top-level sections; deeper numbering or markup gives deeper levels.
    public let level: Int
    public let line: Int

    public init(number: String?, title: String, level: Int, line: Int) {
        self.number = number
        self.title = title
        self.level = level
        self.line = line
    }

    /// "3.2 Monitoring Effectiveness", or just the title when unnumbered.
    public var displayTitle: String {
        guard let number else { return title }
        return "\(number) \(title)"
    }
}
