/// The JSON contract (docs/json.md), written out field by field so every key is always present, in a fixed order:
/// `Section(number: "3.2", …).json()` is `{"number": "3.2", "title": "Monitoring Effectiveness", "level": 2, "line": 352}`.
///
/// The mapping is explicit rather than derived (no Codable) because the key order, `null` for absent values
/// and `[]` for empty lists are the public contract, and a model change must not silently change it.
extension Document {
    /// The whole document: `{"schemaVersion": 1, "source": …, "report": …, "sections": […], …}`.
    public func json(source: String) -> JSONValue {
        .object([
            ("schemaVersion", .number(Double(Document.schemaVersion))),
            ("source", .string(source)),
            ("report", report.json()),
            ("sections", .array(sections.map { $0.json() })),
            ("metrics", .array(metrics.map { $0.json() })),
            ("priorities", .array(priorities.map { $0.json() })),
            ("meetings", .array(meetings.map { $0.json() })),
            ("attendance", .array(attendance.map { $0.json() })),
            ("warnings", .array(warnings.map { $0.json() })),
        ])
    }

    /// The document shape cut down to one list: `{"schemaVersion": 1, "source": …, "metrics": […]}`.
    public func json(source: String, part: String, items: [JSONValue]) -> JSONValue {
        .object([
            ("schemaVersion", .number(Double(Document.schemaVersion))),
            ("source", .string(source)),
            (part, .array(items)),
        ])
    }
}

extension ReportInfo {
    public func json() -> JSONValue {
        .object([
            ("title", .string(title)),
            ("organisation", .string(organisation)),
            ("kind", .string(kind.rawValue)),
            ("period", period.map { $0.json() } ?? .null),
            ("published", .string(published?.iso)),
        ])
    }
}

extension Period {
    public func json() -> JSONValue {
        .object([
            ("label", .string(label)),
            ("start", .string(start?.iso)),
            ("end", .string(end?.iso)),
        ])
    }
}

extension Section {
    public func json() -> JSONValue {
        .object([
            ("number", .string(number)),
            ("title", .string(title)),
            ("level", .number(level)),
            ("line", .number(line)),
        ])
    }
}

extension Metric {
    public func json() -> JSONValue {
        .object([
            ("label", .string(label)),
            ("value", .number(value)),
            ("unit", .string(unit.rawValue)),
            ("currency", .string(currency)),
            ("per", .number(per)),
            ("denominator", .number(denominator)),
            ("durationUnit", .string(durationUnit?.rawValue)),
            ("period", .string(period)),
            ("qualifier", .string(qualifier?.rawValue)),
            ("previous", previous.map { $0.json() } ?? .null),
            ("comparators", .array(comparators.map { $0.json() })),
            ("target", .number(target)),
            ("status", .string(status?.rawValue)),
            ("trend", .string(trend?.rawValue)),
            ("table", table.map { $0.json() } ?? .null),
            ("section", .string(section)),
            ("line", .number(line)),
            ("text", .string(text)),
        ])
    }
}

extension PreviousValue {
    public func json() -> JSONValue {
        .object([("value", .number(value)), ("period", .string(period))])
    }
}

extension Comparator {
    public func json() -> JSONValue {
        .object([("name", .string(name)), ("value", .number(value))])
    }
}

extension TableCellRef {
    public func json() -> JSONValue {
        .object([("row", .string(row)), ("column", .string(column))])
    }
}

extension Priority {
    public func json() -> JSONValue {
        .object([
            ("number", .string(number)),
            ("title", .string(title)),
            ("scope", .string(scope.rawValue)),
            ("status", .string(status?.rawValue)),
            ("actions", .strings(actions)),
            ("progress", .strings(progress)),
            ("section", .string(section)),
            ("line", .number(line)),
        ])
    }
}

extension Meeting {
    public func json() -> JSONValue {
        .object([
            ("body", .string(body)),
            ("date", .string(date.iso)),
            ("time", .string(time)),
            ("location", .string(location)),
            ("status", .string(status.rawValue)),
            ("agenda", .array(agenda.map { $0.json() })),
            ("present", .strings(present)),
            ("apologies", .strings(apologies)),
            ("decisions", .strings(decisions)),
            ("line", .number(line)),
        ])
    }
}

extension AgendaItem {
    public func json() -> JSONValue {
        .object([("number", .string(number)), ("title", .string(title)), ("pages", .string(pages))])
    }
}

extension Attendance {
    public func json() -> JSONValue {
        .object([
            ("body", .string(body)),
            ("name", .string(name)),
            ("role", .string(role)),
            ("attended", .number(attended)),
            ("possible", .number(possible)),
            ("percent", .number(percent)),
            ("line", .number(line)),
        ])
    }
}

extension DocumentWarning {
    public func json() -> JSONValue {
        .object([("line", .number(line)), ("message", .string(message))])
    }
}
