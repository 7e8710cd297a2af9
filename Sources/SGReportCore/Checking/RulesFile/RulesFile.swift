/// Reads a rules file (JSON) into a `CheckConfiguration`, naming the JSON path of the first problem.
///
/// ```json
/// {"disable": ["independent-scrutiny"],
///  "severity": {"performance-data": "should"},
///  "rules": [{"id": "budget-section", "kind": "section-title", "matches": ["budget", "finance"], "severity": "must"}]}
/// ```
/// Unknown keys are errors, so a misspelt key never silently does nothing.
enum RulesFile {
    static let topKeys: Set<String> = ["disable", "severity", "rules", "comment", "$schema"]
    static let kinds = ["count-at-least", "field-present", "section-title", "text-mentions", "priorities-have-progress"]
    static let commonKeys: Set<String> = ["id", "kind", "description", "message", "severity", "profiles", "comment"]

    static func parse(_ bytes: [UInt8]) throws(RulesFileError) -> CheckConfiguration {
        let root: JSONValue
        do {
            root = try JSONReader.read(bytes)
        } catch {
            throw RulesFileError(path: "$", message: error.message)
        }
        guard case .object(let pairs) = root else { throw RulesFileError(path: "$", message: "expected an object") }
        try checkKeys(pairs, allowed: topKeys, at: "$")
        let builtIn = RuleProfile.allRuleIDs
        var disabled: Set<String> = []
        var severities: [String: RuleSeverity] = [:]
        var rules: [ConfiguredRule] = []

        if let value = root["rules"] {
            guard case .array(let items) = value else { throw RulesFileError(path: "$.rules", message: "expected an array of rules") }
            for (n, item) in items.enumerated() {
                let rule = try parseRule(item, at: "$.rules[\(n)]")
                if builtIn.contains(rule.id) {
                    throw RulesFileError(path: "$.rules[\(n)].id", message: "'\(rule.id)' is a built-in rule; choose another id")
                }
                if rules.contains(where: { $0.id == rule.id }) {
                    throw RulesFileError(path: "$.rules[\(n)].id", message: "'\(rule.id)' is used by an earlier rule")
                }
                rules.append(rule)
            }
        }
        let known = builtIn.union(rules.map(\.id))
        if let value = root["disable"] {
            for (n, id) in try strings(value, at: "$.disable").enumerated() {
                guard known.contains(id) else { throw unknownRule(id, at: "$.disable[\(n)]", known: known) }
                disabled.insert(id)
            }
        }
        if let value = root["severity"] {
            guard case .object(let entries) = value else {
                throw RulesFileError(path: "$.severity", message: "expected an object of rule id to must, should or may")
            }
            for (id, level) in entries {
                let path = "$.severity.\(id)"
                guard known.contains(id) else { throw unknownRule(id, at: path, known: known) }
                severities[id] = try severity(level, at: path)
            }
        }
        return CheckConfiguration(disabled: disabled, severities: severities, rules: rules)
    }

    static func parseRule(_ value: JSONValue, at path: String) throws(RulesFileError) -> ConfiguredRule {
        guard case .object(let pairs) = value else { throw RulesFileError(path: path, message: "expected a rule object") }
        let id = try string(value["id"], at: path + ".id")
        guard isKebabCase(id) else {
            throw RulesFileError(path: path + ".id", message: "expected a kebab-case id such as 'budget-section'")
        }
        let kindName = try string(value["kind"], at: path + ".kind")
        let kind: ConfiguredRule.Kind
        let extra: Set<String>
        switch kindName {
        case "count-at-least":
            extra = ["of", "min"]
            let listName = try string(value["of"], at: path + ".of")
            guard let list = ConfiguredRule.CountedList(rawValue: listName) else {
                throw RulesFileError(path: path + ".of", message: "expected one of " + ConfiguredRule.CountedList.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kind = .countAtLeast(list, min: try count(value["min"], at: path + ".min"))
        case "field-present":
            extra = ["field"]
            let name = try string(value["field"], at: path + ".field")
            guard let field = ConfiguredRule.ReportField(rawValue: name) else {
                throw RulesFileError(path: path + ".field", message: "expected one of " + ConfiguredRule.ReportField.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kind = .fieldPresent(field)
        case "section-title":
            extra = ["matches"]
            let phrases = try phraseList(value["matches"], at: path + ".matches")
            kind = .sectionTitle(cues(phrases), phrases: phrases)
        case "text-mentions":
            extra = ["any", "min"]
            let phrases = try phraseList(value["any"], at: path + ".any")
            let min = value["min"] == nil ? 1 : try count(value["min"], at: path + ".min")
            kind = .textMentions(cues(phrases), phrases: phrases, min: min)
        case "priorities-have-progress":
            extra = []
            kind = .prioritiesHaveProgress
        default:
            throw RulesFileError(path: path + ".kind", message: "expected one of " + kinds.joined(separator: ", "))
        }
        try checkKeys(pairs, allowed: commonKeys.union(extra), at: path)
        let defaults = ConfiguredRule.defaultTexts(for: kind)
        let description = value["description"] == nil ? defaults.description : try string(value["description"], at: path + ".description")
        let message = value["message"] == nil ? defaults.missing : try string(value["message"], at: path + ".message")
        let level = value["severity"] == nil ? .should : try severity(value["severity"] ?? .null, at: path + ".severity")
        var profiles: [RuleProfile] = []
        if let list = value["profiles"] {
            for (n, name) in try strings(list, at: path + ".profiles").enumerated() {
                guard let profile = RuleProfile(rawValue: name) else {
                    throw RulesFileError(path: path + ".profiles[\(n)]", message: "expected one of " + RuleProfile.allCases.map(\.rawValue).joined(separator: ", "))
                }
                profiles.append(profile)
            }
        }
        return ConfiguredRule(id: id, description: description, severity: level, missing: message, kind: kind, profiles: profiles)
    }

    // MARK: - Values

    static func checkKeys(_ pairs: [(String, JSONValue)], allowed: Set<String>, at path: String) throws(RulesFileError) {
        for (key, _) in pairs where !allowed.contains(key) {
            throw RulesFileError(path: path + "." + key, message: "unknown key; expected one of " + allowed.sorted().joined(separator: ", "))
        }
    }

    static func string(_ value: JSONValue?, at path: String) throws(RulesFileError) -> String {
        guard let value else { throw RulesFileError(path: path, message: "missing") }
        guard case .string(let s) = value, !s.isEmpty else { throw RulesFileError(path: path, message: "expected a non-empty string") }
        return s
    }

    static func strings(_ value: JSONValue, at path: String) throws(RulesFileError) -> [String] {
        guard case .array(let items) = value else { throw RulesFileError(path: path, message: "expected an array of strings") }
        var out: [String] = []
        for (n, item) in items.enumerated() { out.append(try string(item, at: "\(path)[\(n)]")) }
        return out
    }

    static func phraseList(_ value: JSONValue?, at path: String) throws(RulesFileError) -> [String] {
        guard let value else { throw RulesFileError(path: path, message: "missing") }
        let phrases = try strings(value, at: path)
        guard !phrases.isEmpty else { throw RulesFileError(path: path, message: "expected at least one phrase") }
        return phrases
    }

    static func count(_ value: JSONValue?, at path: String) throws(RulesFileError) -> Int {
        guard let value else { throw RulesFileError(path: path, message: "missing") }
        guard case .number(let x) = value, x >= 0, x <= 1_000_000, x == x.rounded(.towardZero) else {
            throw RulesFileError(path: path, message: "expected a whole number of at least 0")
        }
        return Int(x)
    }

    static func severity(_ value: JSONValue, at path: String) throws(RulesFileError) -> RuleSeverity {
        guard case .string(let s) = value, let level = RuleSeverity(rawValue: s) else {
            throw RulesFileError(path: path, message: "expected must, should or may")
        }
        return level
    }

    static func unknownRule(_ id: String, at path: String, known: Set<String>) -> RulesFileError {
        RulesFileError(path: path, message: "no rule '\(id)'; the rule ids are listed in docs/check.md")
    }

    /// Phrases from the file match as stems at word starts, case-insensitively: "budget" matches "Budgets".
    static func cues(_ phrases: [String]) -> CueSet {
        CueSet(phrases.map { Cue($0.hasSuffix("*") ? $0 : $0 + "*") })
    }

    static func isKebabCase(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty && parts.allSatisfy { p in
            !p.isEmpty && p.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }
}
