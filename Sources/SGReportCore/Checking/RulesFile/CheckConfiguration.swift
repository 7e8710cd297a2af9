/// What a rules file changes: built-in rules switched off, severities changed, rules added.
///
/// `{"disable": ["independent-scrutiny"], "severity": {"performance-data": "should"}, "rules": [...]}`.
public struct CheckConfiguration: Sendable {
    public var disabled: Set<String>
    public var severities: [String: RuleSeverity]
    var rules: [ConfiguredRule]

    public init(disabled: Set<String> = [], severities: [String: RuleSeverity] = [:]) {
        self.disabled = disabled
        self.severities = severities
        self.rules = []
    }

    init(disabled: Set<String>, severities: [String: RuleSeverity], rules: [ConfiguredRule]) {
        self.disabled = disabled
        self.severities = severities
        self.rules = rules
    }

    /// Reads a rules file's bytes; a malformed file throws with the JSON path of the problem.
    public static func parse(_ bytes: [UInt8]) throws(RulesFileError) -> CheckConfiguration {
        try RulesFile.parse(bytes)
    }

    /// The ids of the added rules, in order.
    public var addedRuleIDs: [String] { rules.map(\.id) }
}

/// Why a rules file cannot be used: `$.rules[2].min: expected a whole number of at least 0`.
public struct RulesFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the JSON: `$`, `$.rules[2].min`.
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
