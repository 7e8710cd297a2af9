/// The check of one report: which profiles ran and each rule's result.
///
/// Walsall 2019-20 under `annual-report`: 16 results, `passed` when no must or should rule failed.
public struct CheckReport: Sendable, Equatable {
    /// One profile, or `agenda` then `minutes` for an agenda pack that contains minutes.
    public let profiles: [RuleProfile]
    public let results: [RuleResult]
    public let strictness: CheckStrictness

    public init(profiles: [RuleProfile], results: [RuleResult], strictness: CheckStrictness) {
        self.profiles = profiles
        self.results = results
        self.strictness = strictness
    }

    /// "annual-report", or "agenda+minutes".
    public var profileName: String { profiles.map(\.rawValue).joined(separator: "+") }

    /// The results that fail the run under this report's strictness.
    public var failures: [RuleResult] { results.filter { $0.fails(under: strictness) } }

    /// True when no counted rule failed: the exit code follows this.
    public var passed: Bool { failures.isEmpty }
}
