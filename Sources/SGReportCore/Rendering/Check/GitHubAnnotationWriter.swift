/// GitHub Actions workflow commands: `::error file=F,line=L,title=ID::message` for each counted failure,
/// `::warning` for a failure that does not count, then a `::notice` summary line per file (GitHub shows only
/// the first annotations of a step, so the summary carries the totals).
struct GitHubAnnotationWriter: CheckWriter {
    func write(_ reports: [SourcedCheckReport], options: CheckRenderOptions) -> String {
        var out = ""
        for r in reports {
            for result in r.report.results where !result.passed {
                let command = result.fails(under: r.report.strictness) ? "error" : "warning"
                var properties: [String] = []
                if r.source != "-" { properties.append("file=" + Self.property(r.source)) }
                if let line = result.line { properties.append("line=\(line)") }
                properties.append("title=" + Self.property("\(result.id) (\(result.severity.rawValue))"))
                out += "::\(command) \(properties.joined(separator: ","))::\(Self.data(result.message))\n"
            }
            let failed = r.report.results.filter { !$0.passed }.count
            let verdict = r.report.passed ? "passed" : "failed"
            let summary = "sgreport check \(verdict): \(r.source) (\(r.report.profileName)): \(failed) of \(r.report.results.count) rules failed, \(r.report.failures.count) counting"
            out += "::notice title=sgreport check::\(Self.data(summary))\n"
        }
        return out
    }

    /// Message text: `%`, CR and LF are escaped.
    static func data(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Property values also escape `:` and `,`.
    static func property(_ s: String) -> String {
        data(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Every `target` replaced, without Foundation.
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
