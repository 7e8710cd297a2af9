import Testing
@testable import SGReportCore

@Suite struct CSVWriterTests {
    /// A minimal RFC 4180 reader, to prove what the writer produces reads back field for field.
    static func read(_ csv: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(csv)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        return rows
    }

    static let table = Table(
        headers: ["source", "value", "label"],
        rows: [
            [.text("a,b.txt"), .number(24), .text("say \"hi\"\nthere")],
            [.text("=HYPERLINK(\"x\")"), .number(-5), .text("+1 more")],
            [.text("-3 fewer"), .number(87.6), .text("@home")],
            [.text("\tindent"), .number(1_200_000), .text("\rcr")],
        ]
    )

    @Test func readsBackFieldForField() {
        let rows = Self.read(CSVWriter().write(Self.table))
        #expect(rows.count == 5)
        #expect(rows[0] == ["source", "value", "label"])
        #expect(rows[1] == ["a,b.txt", "24", "say \"hi\"\nthere"])
        #expect(rows[2] == ["'=HYPERLINK(\"x\")", "-5", "'+1 more"])
        #expect(rows[3] == ["'-3 fewer", "87.6", "'@home"])
        #expect(rows[4] == ["'\tindent", "1200000", "'\rcr"])
    }

    @Test func quotesOnlyWhenNeededAndEndsLinesWithLF() {
        let out = CSVWriter().write(Table(headers: ["a", "b"], rows: [[.text("plain"), .text("x\"y")]]))
        #expect(out == "a,b\nplain,\"x\"\"y\"\n")
    }

    @Test(arguments: ["=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"])
    func guardsFormulaText(text: String) {
        #expect(CSVWriter.field(.text(text)).hasPrefix("'") || CSVWriter.field(.text(text)).hasPrefix("\"'"))
    }

    @Test func numbersStayNumbers() {
        #expect(CSVWriter.field(.number(-5)) == "-5")
        #expect(CSVWriter.field(.number(0.25)) == "0.25")
        #expect(CSVWriter.field(.text("")) == "")
    }
}
