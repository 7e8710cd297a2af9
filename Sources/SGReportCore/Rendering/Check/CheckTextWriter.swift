/// The checklist people read: a header with the verdict, then one line per rule.
///
/// ```
/// annual-report: FAILED — 2 of 16 rules failed (must and should rules count)
/// ✓ period-covered        Found: the report covers 2019-20 (2019-04-01 to 2020-03-31).  line 11
/// ✗ funding [should]      The funding of the arrangements is not set out: …
/// ```
struct CheckTextWriter: CheckWriter {
    func write(_ reports: [SourcedCheckReport], options: CheckRenderOptions) -> String {
        var lines: [StyledLine] = []
        for (i, r) in reports.enumerated() {
            if options.several(reports) {
                if i > 0 { lines.append(StyledLine()) }
                lines.append(StyledLine("== \(r.source) ==", .bold))
            }
            lines += page(r.report)
        }
        return lines.rendered(colour: options.colour)
    }

    func page(_ report: CheckReport) -> [StyledLine] {
        let failed = report.results.filter { !$0.passed }
        let counted = report.failures
        var verdict = report.passed ? "PASSED" : "FAILED"
        verdict += " — \(failed.count) of \(report.results.count) rules failed"
        if failed.count != counted.count { verdict += ", \(counted.count) of them counting" }
        verdict += " (\(Self.policy(report.strictness)))"
        var lines = [StyledLine(report.profileName + ": ", .bold) + (verdict, .bold)]
        let width = report.results.map { $0.id.count }.max() ?? 0
        for result in report.results {
            let mark = result.passed ? (result.applicable ? "✓" : "–") : (result.fails(under: report.strictness) ? "✗" : "!")
            var line = StyledLine(mark + " " + result.id + String(repeating: " ", count: width - result.id.count + 2))
            if !result.passed { line.append("[\(result.severity.rawValue)] ", .bold) }
            line.append(result.message)
            if let at = result.line { line.append("  line \(at)", .dim) }
            lines.append(line)
        }
        return lines
    }

    static func policy(_ strictness: CheckStrictness) -> String {
        switch strictness {
        case .normal: return "must and should rules count"
        case .strict: return "--strict: must, should and may rules count"
        case .lenient: return "--lenient: only must rules count"
        }
    }
}
