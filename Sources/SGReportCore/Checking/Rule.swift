/// One completeness rule: `practice-reviews` — "Child safeguarding practice reviews, rapid reviews and serious
/// case reviews are covered" (must, Working Together 2018 ch. 3 para 42).
///
/// Each built-in rule lives in its own file under `Rules/`, its doc comment stating the rule and its `missing`
/// message beside it. `evaluate` reads the input and returns what it found.
protocol Rule: Sendable {
    /// Stable kebab-case id: used in output, SARIF `ruleId`, and the rules file.
    var id: String { get }
    /// What the rule asks, for a person: "Next year's priorities are set out".
    var description: String { get }
    var severity: RuleSeverity { get }
    /// Where the requirement comes from: "Working Together 2018, ch. 3 para 43".
    var source: String { get }
    /// What the author is told when the rule fails, in the guidance's own terms.
    var missing: String { get }

    func evaluate(_ input: CheckInput) -> RuleFinding
}

/// What a rule found: evidence for a pass, the best place to fix a failure, or why it does not apply.
enum RuleFinding: Sendable, Equatable {
    /// Passed; `note` says what was found ("section “Budget”"), `line` where.
    case found(line: Int?, note: String)
    /// Failed; `note` adds what was found short of the requirement; `line` is the best place to fix it.
    case missing(line: Int?, note: String?)
    /// The requirement does not arise (no exempt items; not a scrutiny body); counts as passed.
    case notApplicable(String)

    static func found(_ hit: CheckInput.Hit, _ note: String) -> RuleFinding { .found(line: hit.line, note: note) }
}

/// The finding of one rule as the outputs show it: `{"id", "description", "passed", "line", "message"}` plus
/// its severity and source.
public struct RuleResult: Sendable, Equatable {
    public let id: String
    public let description: String
    public let severity: RuleSeverity
    public let source: String
    public let passed: Bool
    /// False when the requirement did not arise (it passed without evidence).
    public let applicable: Bool
    /// The evidence for a pass, or the best place to fix a failure, or nil.
    public let line: Int?
    public let message: String

    public init(
        id: String, description: String, severity: RuleSeverity, source: String, passed: Bool, applicable: Bool = true,
        line: Int?, message: String
    ) {
        self.id = id
        self.description = description
        self.severity = severity
        self.source = source
        self.passed = passed
        self.applicable = applicable
        self.line = line
        self.message = message
    }

    /// `rule`'s finding with the rule's words; `severity` may differ from the rule's own (a rules-file override).
    init(rule: any Rule, severity: RuleSeverity, finding: RuleFinding) {
        switch finding {
        case .found(let line, let note):
            self.init(
                id: rule.id, description: rule.description, severity: severity, source: rule.source, passed: true,
                line: line, message: "Found: " + note + ".")
        case .missing(let line, let note):
            self.init(
                id: rule.id, description: rule.description, severity: severity, source: rule.source, passed: false,
                line: line, message: rule.missing + (note.map { " " + $0 } ?? ""))
        case .notApplicable(let why):
            self.init(
                id: rule.id, description: rule.description, severity: severity, source: rule.source, passed: true,
                applicable: false, line: nil, message: "Not applicable: " + why + ".")
        }
    }

    /// Whether this result fails the run under `strictness`.
    public func fails(under strictness: CheckStrictness) -> Bool {
        !passed && strictness.counts(severity)
    }
}
