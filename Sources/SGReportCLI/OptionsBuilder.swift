import SGReportCore

/// Builds a typed `Request` from validated flag occurrences: last value wins, then cross-flag checks.
enum OptionsBuilder {
    static func request(
        command: CommandName, files: [String], occurrences: [ArgumentParser.Occurrence]
    ) throws(CLIError) -> Request {
        var values: [String: String] = [:]
        var switches: Set<String> = []
        for occurrence in occurrences {
            if let value = occurrence.value { values[occurrence.name] = value } else { switches.insert(occurrence.name) }
        }

        var request = Request(command: command, files: files)
        request.verbose = switches.contains("verbose")
        request.attendance = switches.contains("attendance")
        request.jobs = values["jobs"].flatMap(ValueParsing.positiveInteger)

        if command == .check {
            if switches.contains("strict"), switches.contains("lenient") {
                throw .conflictingFlags("--strict", "--lenient", command: command)
            }
            var check = CheckOptions()
            check.format = values["format"].flatMap(CheckFormat.init(rawValue:)) ?? .text
            check.profile = values["profile"].flatMap(CheckProfile.init(rawValue:)) ?? .auto
            check.rules = values["rules"]
            check.strictness = switches.contains("strict") ? .strict : switches.contains("lenient") ? .lenient : .normal
            request.check = check
            return request
        }

        request.format = values["format"].flatMap(OutputFormat.init(rawValue:)) ?? .text

        var filter = ListFilter()
        filter.grep = values["grep"]
        filter.section = values["section"]
        filter.unit = values["unit"].flatMap(Metric.Unit.init(rawValue:))
        filter.min = values["min"].flatMap(ValueParsing.number)
        filter.max = values["max"].flatMap(ValueParsing.number)
        filter.scope = values["scope"].flatMap(Priority.Scope.init(rawValue:))
        filter.status = values["status"].flatMap(Meeting.Status.init(rawValue:))
        filter.from = values["from"].flatMap(ValueParsing.date)
        filter.to = values["to"].flatMap(ValueParsing.date)
        if let min = filter.min, let max = filter.max, min > max {
            throw .emptyRange(low: "--min \(values["min"] ?? "")", high: "--max \(values["max"] ?? "")", command: command)
        }
        // A partial `--to` reaches the end of its year or month: `--from 2020-05 --to 2020` is fine.
        if let from = filter.from, let to = filter.to,
           (to.year, to.month ?? 13, to.day ?? 32) < (from.year, from.month ?? 0, from.day ?? 0) {
            throw .emptyRange(low: "--from \(from.iso)", high: "--to \(to.iso)", command: command)
        }
        request.filter = filter
        return request
    }
}
