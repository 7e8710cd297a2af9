import Testing
@testable import SGReportCore

/// Strange text converters produce, at sizes that expose anything worse than linear.
/// Each must parse to a document, render to valid JSON, and finish well inside the time limit.
///
/// `swift test` runs a debug build, so sizes here are a tenth of the issue's; `Benchmarks/hostile.sh`
/// runs the full sizes against the release binary.
@Suite(.timeLimit(.minutes(2))) struct HostileInputTests {
    static let scale = 10
    static let cases: [(name: String, bytes: [UInt8])] = HostileInputTests.fullSize.map { ($0.name, Array($0.bytes.prefix($0.bytes.count / scale))) }

    static let fullSize: [(name: String, bytes: [UInt8])] = [
        ("a 1 MB line of digits and commas", Array(String(repeating: "1,234,", count: 170_000).utf8)),
        ("a million (", [UInt8](repeating: UInt8(ascii: "("), count: 1_000_000)),
        ("300,000 tabs", [UInt8](repeating: 0x09, count: 300_000)),
        ("2 million blank lines", [UInt8](repeating: 0x0A, count: 2_000_000)),
        ("a million £", Array(String(repeating: "£", count: 1_000_000).utf8)),
        ("Priority 1: repeated 50,000 times", Array(String(repeating: "Priority 1: To keep children safe\n\n", count: 50_000).utf8)),
        ("deeply nested list markers", Array((String(repeating: "- o • ", count: 2_000) + "item\n").utf8) + Array(String(repeating: " - - - x\n", count: 20_000).utf8)),
        ("invalid UTF-8 everywhere", (0..<500_000).map { UInt8(truncatingIfNeeded: ($0 &* 131) | 0x80) }),
        ("a million [ and <", Array(String(repeating: "[<", count: 500_000).utf8)),
        ("a million &", Array(String(repeating: "&amp", count: 250_000).utf8)),
        ("one long paragraph without stops", Array(String(repeating: "the children and ", count: 60_000).utf8)),
        ("a long table", Array(String(repeating: "Education\t64\t40.5%\t-101\t22 (34%)\n", count: 30_000).utf8)),
        ("dotted leaders", Array(String(repeating: "Contents .......... 3\n", count: 40_000).utf8)),
        // One sentence of changes after commas: each looks back for the figure before it.
        ("a line of changes after commas", Array(String(repeating: "640 referrals, down 1.5% (9,840), ", count: 30_000).utf8)),
        // Figure lines under a lead-in: each looks back for the lead-in that names them.
        ("figure lines under one lead-in", Array(("Number of enquiries is provided below:\n\n" + String(repeating: "2017/18 – 2,058\n\n", count: 50_000)).utf8)),
        // Rows of thousands of dated columns: each value looks for the period before its own.
        ("a table of 5,000 dated columns", Array((datedHeader + String(repeating: datedRow, count: 50)).utf8)),
        // A council page of 40,000 items and minutes under one meeting.
        ("a web page of 40,000 items", Array(("Agenda and minutes\n\nChildren's Select Committee - Wednesday 25th September, 2024 5.00 pm\n\nItems\n\n"
            + String(repeating: "CYP/15/24\n\nEvacuation Procedure pdf icon PDF 9 KB\n\nMinutes:\n\nAGREED that it be noted.\n\n", count: 40_000)).utf8)),
        // 20,000 council pages joined into one file: each title opens a meeting whose items run to the next.
        ("20,000 web pages joined", Array((0..<20_000).map {
            "Children's Select Committee \($0) - Monday 2nd December 2024 7.00 pm\n\nVenue: Room \($0)\n\nItems\n\n1.\n\nMinutes \($0)\n\n"
        }.joined().utf8)),
        // One run-on line of dated figures: each figure looks for its period, and each number asks whether a date holds it.
        ("a run-on line of dated figures", Array(String(
            repeating: "In 2019/20 there were 5 referrals, in Q2 2020/21 the figure rose to 6 and on 7, 8 and 15 December 2016 it was 9, ",
            count: 20_000).utf8)),
    ]

    private static let datedHeader = "Measure\t" + (0..<5_000).map { "\(1990 + $0 % 100)/\(String(format2: (91 + $0 % 100) % 100))" }.joined(separator: "\t") + "\n"
    private static let datedRow = "Rate of referrals per 10,000\t" + (0..<5_000).map { "\(500 + $0 % 97)" }.joined(separator: "\t") + "\n"

    @Test(arguments: cases.map(\.name))
    func parsesAndRendersValidJSON(name: String) throws {
        let bytes = try #require(Self.cases.first { $0.name == name }?.bytes)
        let document = try ReportParser.parse(bytes)
        let json = Renderer.render([SourcedDocument(source: "hostile", document: document)], view: .summary, format: .json)
        #expect(json.hasPrefix("{"))
        #expect(json.hasSuffix("}\n"))
        #expect(document.stats.bytes == bytes.count)
    }

    @Test func binaryWithoutABOMIsRefused() {
        #expect(throws: ReadingError.self) { try ReportParser.parse([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
    }
}

private extension String {
    /// Two digits, zero-padded: 7 → "07".
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}
