/// A priority the report names, with what was planned and what happened:
/// "Priority 1: To support … neglect in a child centred way", actions and progress notes under it.
public struct Priority: Sendable, Equatable {
    public enum Scope: String, Sendable, CaseIterable { case current, next }
    public enum Status: String, Sendable, CaseIterable {
        case red, amber, green, blue, complete
        case inProgress = "in-progress"
    }

    public let number: String?
    public let title: String
    public let scope: Scope
    public let status: Status?
    public let actions: [String]
    public let progress: [String]
    public let section: String?
    public let line: Int

    public init(
        number: String?, title: String, scope: Scope, status: Status? = nil, actions: [String] = [],
        progress: [String] = [], section: String? = nil, line: Int
    ) {
        self.number = number
        self.title = title
        self.scope = scope
        self.status = status
        self.actions = actions
        self.progress = progress
        self.section = section
        self.line = line
    }
}
