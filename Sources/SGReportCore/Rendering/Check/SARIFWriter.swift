/// A SARIF 2.1.0 log: one run for all files; the tool's rules with stable ids and their guidance; one result per
/// failing rule, at its line when known.
///
/// Levels: a counted failure is an `error`; one that does not count under the strictness is a `note`.
struct SARIFWriter: CheckWriter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    func write(_ reports: [SourcedCheckReport], options: CheckRenderOptions) -> String {
        var ruleIDs: [String] = []
        var rules: [JSONValue] = []
        for r in reports {
            for result in r.report.results where !ruleIDs.contains(result.id) {
                ruleIDs.append(result.id)
                rules.append(.object([
                    ("id", .string(result.id)),
                    ("name", .string(Self.pascalCase(result.id))),
                    ("shortDescription", .object([("text", .string(result.description))])),
                    ("fullDescription", .object([("text", .string(result.description + ". Source: " + result.source + "."))])),
                    ("defaultConfiguration", .object([("level", .string(result.severity == .may ? "note" : "error"))])),
                    ("properties", .object([("severity", .string(result.severity.rawValue)), ("source", .string(result.source))])),
                ]))
            }
        }
        var results: [JSONValue] = []
        for r in reports {
            for result in r.report.results where !result.passed {
                var region: [(String, JSONValue)] = []
                if let line = result.line { region.append(("startLine", .number(line))) }
                var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(Self.uri(r.source)))]))]
                if !region.isEmpty { physical.append(("region", .object(region))) }
                results.append(.object([
                    ("ruleId", .string(result.id)),
                    ("ruleIndex", .number(ruleIDs.firstIndex(of: result.id))),
                    ("level", .string(result.fails(under: r.report.strictness) ? "error" : "note")),
                    ("message", .object([("text", .string(result.message))])),
                    ("locations", .array([.object([("physicalLocation", .object(physical))])])),
                ]))
            }
        }
        var driver: [(String, JSONValue)] = [("name", "sgreport")]
        if !options.toolVersion.isEmpty { driver.append(("version", .string(options.toolVersion))) }
        driver.append(("rules", .array(rules)))
        let log: JSONValue = .object([
            ("$schema", .string(Self.schema)),
            ("version", "2.1.0"),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object(driver))])),
                ("results", .array(results)),
            ])])),
        ])
        return JSONWriter.write(log, pretty: true) + "\n"
    }

    /// "period-covered" → "PeriodCovered" (SARIF's `name` is an identifier-like label).
    static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative URI reference for a path: spaces and other reserved characters percent-encoded.
    static func uri(_ path: String) -> String {
        if path == "-" { return "stdin" }
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
