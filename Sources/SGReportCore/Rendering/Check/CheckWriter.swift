/// A check output format: text, JSON, JUnit XML, GitHub annotations or SARIF, each writing every checked file.
protocol CheckWriter {
    /// The whole output, ending in a newline.
    func write(_ reports: [SourcedCheckReport], options: CheckRenderOptions) -> String
}

/// `sgreport check --format`: the formats CI systems read.
public enum CheckOutputFormat: String, Sendable, CaseIterable {
    case text, json, junit, github, sarif

    var writer: any CheckWriter {
        switch self {
        case .text: return CheckTextWriter()
        case .json: return CheckJSONWriter()
        case .junit: return JUnitWriter()
        case .github: return GitHubAnnotationWriter()
        case .sarif: return SARIFWriter()
        }
    }
}

/// One checked input with the name the user gave it ("-" for standard input).
public struct SourcedCheckReport: Sendable, Equatable {
    public let source: String
    public let report: CheckReport

    public init(source: String, report: CheckReport) {
        self.source = source
        self.report = report
    }
}

/// Presentation choices for check output.
public struct CheckRenderOptions: Sendable, Equatable {
    public var colour: Bool
    /// The version SARIF names for the tool.
    public var toolVersion: String
    /// Whether several files were asked for (a JSON array, a header per file), even if fewer could be read;
    /// nil decides by the number of reports, for callers that have only those.
    public var several: Bool?

    public init(colour: Bool = false, toolVersion: String = "", several: Bool? = nil) {
        self.colour = colour
        self.toolVersion = toolVersion
        self.several = several
    }

    func several(_ reports: [SourcedCheckReport]) -> Bool {
        several ?? (reports.count > 1)
    }
}

/// Writes check reports in one format: the single entry point the CLI calls.
public enum CheckRenderer {
    public static func render(
        _ reports: [SourcedCheckReport], format: CheckOutputFormat, options: CheckRenderOptions = CheckRenderOptions()
    ) -> String {
        guard !reports.isEmpty else { return "" }
        return format.writer.write(reports, options: options)
    }
}
