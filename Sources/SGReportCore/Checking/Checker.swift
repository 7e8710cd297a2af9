/// Checks one report's bytes against a profile: the library entry point of `sgreport check`.
///
/// `try Checker.check(bytes)` on the Walsall 2019-20 report runs the `annual-report` rules (its kind);
/// on an agenda pack with minutes it runs the `agenda` rules over the agenda and the `minutes` rules over the minutes.
public enum Checker {
    /// `profile` nil means auto: chosen from the report's kind. Throws only when the bytes are not text.
    public static func check(
        _ bytes: [UInt8], profile: RuleProfile? = nil, configuration: CheckConfiguration = CheckConfiguration(),
        strictness: CheckStrictness = .normal
    ) throws(ReadingError) -> CheckReport {
        let parsed = try ReportParser.parseWithText(bytes)
        return check(CheckInput(text: parsed.text, document: parsed.document), profile: profile,
                     configuration: configuration, strictness: strictness)
    }

    static func check(
        _ input: CheckInput, profile: RuleProfile?, configuration: CheckConfiguration, strictness: CheckStrictness
    ) -> CheckReport {
        var runs: [(RuleProfile, CheckInput)] = []
        let minutes = MinutesLocator.locate(in: input)
        switch profile ?? RuleProfile.auto(for: input.report.kind) {
        case .annualReport:
            runs = [(.annualReport, input)]
        case .minutes:
            runs = [(.minutes, minutes.map { input.restricted(to: $0) } ?? input)]
        case .agenda:
            if let minutes {
                runs = [(.agenda, input.excluding(minutes))]
                // An explicit `--profile agenda` checks the agenda alone; auto also checks the minutes it carries.
                if profile == nil { runs.append((.minutes, input.restricted(to: minutes))) }
            } else {
                runs = [(.agenda, input)]
            }
        }
        var results: [RuleResult] = []
        for (profile, part) in runs {
            for rule in profile.rules where !configuration.disabled.contains(rule.id) {
                let severity = configuration.severities[rule.id] ?? rule.severity
                results.append(RuleResult(rule: rule, severity: severity, finding: rule.evaluate(part)))
            }
        }
        let profiles = runs.map(\.0)
        for rule in configuration.rules where rule.applies(to: profiles) && !configuration.disabled.contains(rule.id) {
            let severity = configuration.severities[rule.id] ?? rule.severity
            results.append(RuleResult(rule: rule, severity: severity, finding: rule.evaluate(input)))
        }
        return CheckReport(profiles: profiles, results: results, strictness: strictness)
    }
}

extension CheckInput {
    /// The part without the blocks in `range` (an agenda pack without its minutes).
    func excluding(_ range: Range<Int>) -> CheckInput {
        var copy = self
        copy.blocks = blocks.filter { !range.contains($0) }
        return copy
    }
}
