/// A GitHub-flavoured Markdown pipe table: `| source | line | value |`; numeric columns are right-aligned.
public struct MarkdownTableWriter: TableWriter {
    public init() {}

    public func write(_ table: Table) -> String {
        var out = line(table.headers.map(MarkdownTableWriter.escaped))
        out += line(table.headers.indices.map { isNumeric(column: $0, in: table) ? "---:" : "---" })
        for row in table.rows {
            out += line(row.map { MarkdownTableWriter.escaped($0.raw) })
        }
        return out
    }

    /// The text safe inside a cell: `|` escaped, line breaks as spaces; `\` is escaped so it cannot eat the escape.
    public static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// A column is numeric when it has a number and every non-empty cell is one.
    private func isNumeric(column: Int, in table: Table) -> Bool {
        var sawNumber = false
        for row in table.rows where column < row.count {
            switch row[column] {
            case .number: sawNumber = true
            case .text(let s): if !s.isEmpty { return false }
            }
        }
        return sawNumber
    }
}
