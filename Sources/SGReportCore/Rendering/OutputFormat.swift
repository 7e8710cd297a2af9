/// How a command's result is written: `--format text|json|jsonl|csv|tsv|markdown`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, jsonl, csv, tsv, markdown
}

/// What a command shows of each document.
public enum View: String, Sendable, CaseIterable {
    case summary, sections, metrics, priorities, meetings, attendance

    /// The formats this view can be written in; listings also take the tabular formats.
    public var formats: [OutputFormat] {
        switch self {
        case .summary: return [.text, .json, .jsonl]
        default: return OutputFormat.allCases
        }
    }
}

/// One parsed input with the name the user gave it ("-" for standard input).
public struct SourcedDocument: Sendable, Equatable {
    public let source: String
    public let document: Document

    public init(source: String, document: Document) {
        self.source = source
        self.document = document
    }
}

/// Presentation choices the CLI makes from the terminal and flags.
public struct RenderOptions: Sendable, Equatable {
    /// ANSI colour: only when stdout is a terminal and NO_COLOR is unset.
    public var colour: Bool
    /// Print nested details (a priority's actions and progress).
    public var verbose: Bool
    /// Target width of text output.
    public var width: Int

    public init(colour: Bool = false, verbose: Bool = false, width: Int = 80) {
        self.colour = colour
        self.verbose = verbose
        self.width = width
    }
}
