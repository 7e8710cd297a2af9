/// How binding a rule is, in the guidance's own words: `must` (statute, or "must" in statutory guidance),
/// `should` ("should" in statutory guidance), `may` (local convention: good practice, no duty).
public enum RuleSeverity: String, Sendable, CaseIterable {
    case must, should, may
}

/// Which failing rules fail the run: `normal` counts must and should, `lenient` must only, `strict` all three.
///
/// `sgreport check` exits 1 exactly when a counted rule fails, so the exit code and the JSON `passed` agree.
public enum CheckStrictness: String, Sendable, CaseIterable {
    case normal, strict, lenient

    public func counts(_ severity: RuleSeverity) -> Bool {
        switch (self, severity) {
        case (_, .must): return true
        case (.lenient, _): return false
        case (.normal, .should): return true
        case (.normal, .may): return false
        case (.strict, _): return true
        }
    }
}
