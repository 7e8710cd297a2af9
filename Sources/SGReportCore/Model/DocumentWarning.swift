/// A problem with a report's content that did not stop reading it: "invalid UTF-8 decoded as Windows-1252" at line 12.
public struct DocumentWarning: Sendable, Equatable {
    public let line: Int?
    public let message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }
}
