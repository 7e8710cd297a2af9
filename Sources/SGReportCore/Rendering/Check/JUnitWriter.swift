/// A JUnit XML test report: one `<testsuite>` per file, one `<testcase>` per rule.
///
/// A failing rule that counts is a `<failure>`; a failing rule that does not count under the strictness (a may
/// rule by default) passes with its message in `<system-out>`, so CI and the exit code agree; a rule that does
/// not apply is `<skipped>`.
struct JUnitWriter: CheckWriter {
    func write(_ reports: [SourcedCheckReport], options: CheckRenderOptions) -> String {
        let tests = reports.reduce(0) { $0 + $1.report.results.count }
        let failures = reports.reduce(0) { $0 + $1.report.failures.count }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"sgreport check\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
        for r in reports { out += suite(r) }
        out += "</testsuites>\n"
        return out
    }

    func suite(_ r: SourcedCheckReport) -> String {
        let results = r.report.results
        let skipped = results.filter { !$0.applicable }.count
        var out = "  <testsuite name=\"\(XMLText.escaped(r.source))\" tests=\"\(results.count)\""
        out += " failures=\"\(r.report.failures.count)\" errors=\"0\" skipped=\"\(skipped)\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"profile\" value=\"\(XMLText.escaped(r.report.profileName))\"/>\n"
        out += "      <property name=\"strictness\" value=\"\(r.report.strictness.rawValue)\"/>\n"
        out += "    </properties>\n"
        let classname = "sgreport.check." + r.report.profileName
        for result in results {
            out += "    <testcase classname=\"\(XMLText.escaped(classname))\" name=\"\(XMLText.escaped(result.id))\""
            out += " file=\"\(XMLText.escaped(r.source))\""
            if let line = result.line { out += " line=\"\(line)\"" }
            let location = result.line.map { "\(r.source):\($0): " } ?? "\(r.source): "
            if result.fails(under: r.report.strictness) {
                out += ">\n      <failure message=\"\(XMLText.escaped(result.message))\" type=\"\(result.severity.rawValue)\">"
                out += XMLText.escaped(location + result.description + " — " + result.message + " (" + result.source + ")")
                out += "</failure>\n    </testcase>\n"
            } else if !result.passed {
                out += ">\n      <system-out>\(XMLText.escaped("not counted (\(result.severity.rawValue)): " + location + result.message))</system-out>\n    </testcase>\n"
            } else if !result.applicable {
                out += ">\n      <skipped message=\"\(XMLText.escaped(result.message))\"/>\n    </testcase>\n"
            } else {
                out += "/>\n"
            }
        }
        out += "  </testsuite>\n"
        return out
    }
}
