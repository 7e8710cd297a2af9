/// One line of the input as decoded, with its 1-based number in the file: `SourceLine(number: 12, text: "## 1.1 Purpose")`.
struct SourceLine: Sendable, Equatable {
    let number: Int
    let text: String
}
