@testable import SGReportCore

/// Builds the structure of a small inline report, the way every test in this target reads text.
func structure(_ text: String) -> ParsedText {
    // Test inputs are literals without NUL bytes, so reading cannot fail.
    (try? ReportParser.structure(Array(text.utf8))) ?? ParsedText(lines: [])
}

func document(_ text: String) -> Document {
    (try? ReportParser.parse(Array(text.utf8))) ?? Document(report: .empty)
}

extension ParsedText {
    func kinds() -> [Block.Kind] { blocks.map(\.kind) }
    func block(at line: Int) -> Block? { blocks.first { $0.line == line } }
}
