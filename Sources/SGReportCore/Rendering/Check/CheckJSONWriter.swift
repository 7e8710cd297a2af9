/// `{"source", "profile", "passed", "results": [{"id", "description", "passed", "line", "message", "severity",
/// "applicable", "source"}]}` per file; an array of those for several files.
struct CheckJSONWriter: CheckWriter {
    func write(_ reports: [SourcedCheckReport], options: CheckRenderOptions) -> String {
        let values = reports.map(Self.json)
        return JSONWriter.write(options.several(reports) ? .array(values) : values[0], pretty: true) + "\n"
    }

    static func json(_ r: SourcedCheckReport) -> JSONValue {
        .object([
            ("source", .string(r.source)),
            ("profile", .string(r.report.profileName)),
            ("strictness", .string(r.report.strictness.rawValue)),
            ("passed", .bool(r.report.passed)),
            ("results", .array(r.report.results.map(json))),
        ])
    }

    static func json(_ result: RuleResult) -> JSONValue {
        .object([
            ("id", .string(result.id)),
            ("description", .string(result.description)),
            ("passed", .bool(result.passed)),
            ("line", .number(result.line)),
            ("message", .string(result.message)),
            ("severity", .string(result.severity.rawValue)),
            ("applicable", .bool(result.applicable)),
            ("source", .string(result.source)),
        ])
    }
}
