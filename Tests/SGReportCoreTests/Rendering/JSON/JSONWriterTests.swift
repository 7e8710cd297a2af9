import Foundation
import Testing
@testable import SGReportCore

@Suite struct JSONWriterTests {
    /// Parses with Foundation to prove the text is valid JSON.
    static func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    @Test func escapesEveryControlCharacterAndQuote() throws {
        var s = "quote \" backslash \\ slash / line\u{2028}para\u{2029}"
        for v in 0..<0x20 { s.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        let written = JSONWriter.write(.string(s), pretty: false)
        #expect(!written.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(written.contains("\\u0000") && written.contains("\\u001f") && written.contains("\\n"))
        #expect(written.contains("\\u2028") && written.contains("\\u2029"))
        #expect(try Self.parse(written) as? String == s)
    }

    @Test func escapesKeys() throws {
        let written = JSONWriter.write(.object([("a\"b\n", .null)]), pretty: true)
        let parsed = try Self.parse(written) as? [String: Any]
        #expect(parsed?.keys.first == "a\"b\n")
    }

    @Test(arguments: [
        (24.0, "24"), (1_200_000, "1200000"), (87.6, "87.6"), (-3, "-3"), (0.1, "0.1"), (-0.0, "0"),
        (999_999_999_999_999, "999999999999999"), (1e15, "1000000000000000"), (1e20, "1e+20"), (2.5e-7, "2.5e-07"),
        (Double.nan, "null"), (Double.infinity, "null"), (-Double.infinity, "null"),
    ])
    func formatsNumbers(value: Double, expected: String) throws {
        #expect(JSONWriter.number(value) == expected)
        if expected != "null" { #expect((try Self.parse(expected) as? NSNumber)?.doubleValue == value) }
    }

    @Test func prettyUsesTwoSpaceIndentAndCompactIsOneLine() {
        let value: JSONValue = .object([("a", 1), ("b", .array([true, nil])), ("c", .object([])), ("d", .array([]))])
        #expect(JSONWriter.write(value, pretty: true) == """
            {
              "a": 1,
              "b": [
                true,
                null
              ],
              "c": {},
              "d": []
            }
            """)
        #expect(JSONWriter.write(value, pretty: false) == #"{"a":1,"b":[true,null],"c":{},"d":[]}"#)
    }

    @Test func keepsNonASCIIAsIs() throws {
        let written = JSONWriter.write(.string("£1,200 – café"), pretty: false)
        #expect(written == "\"£1,200 – café\"")
    }
}
