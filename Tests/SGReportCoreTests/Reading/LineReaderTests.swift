import Testing
@testable import SGReportCore

@Suite struct LineReaderTests {
    private func texts(_ bytes: [UInt8]) throws -> [String] {
        try LineReader.read(bytes).lines.map(\.text)
    }

    @Test func splitsLFCRLFAndCR() throws {
        #expect(try texts(Array("a\nb\r\nc\rd".utf8)) == ["a", "b", "c", "d"])
    }

    @Test func numbersLinesFromOne() throws {
        let lines = try LineReader.read(Array("x\n\ny\n".utf8)).lines
        #expect(lines.map(\.number) == [1, 2, 3])
        #expect(lines.last?.text == "y")
    }

    @Test func stripsUTF8BOM() throws {
        #expect(try texts([0xEF, 0xBB, 0xBF] + Array("Agenda".utf8)) == ["Agenda"])
    }

    @Test func readsUTF16LittleEndianWithBOM() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "£5\r\nb".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try texts(bytes) == ["£5", "b"])
    }

    @Test func readsUTF16BigEndianWithBOM() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + "Board\nmeets".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try texts(bytes) == ["Board", "meets"])
    }

    @Test func decodesInvalidUTF8LineAsWindows1252WithOneWarning() throws {
        // 0x93/0x94 are Word's curly quotes, 0xA3 the pound sign, in Windows-1252.
        let bytes = Array("ok\n".utf8) + [0x93, 0x41, 0x94, 0x20, 0xA3, 0x35] + Array("\nfine\n".utf8) + [0x96]
        let out = try LineReader.read(bytes)
        #expect(out.lines.map(\.text) == ["ok", "\u{201C}A\u{201D} £5", "fine", "\u{2013}"])
        #expect(out.warnings.count == 1)
        #expect(out.warnings.first?.line == 2)
        #expect(out.warnings.first?.message.hasPrefix("invalid UTF-8 decoded as Windows-1252") == true)
    }

    @Test func nulWithoutUTF16BOMIsNotText() {
        #expect(throws: ReadingError.notText(line: 2)) {
            try LineReader.read(Array("line one\nline\0two".utf8))
        }
    }

    @Test func nulBeyondTheProbeIsRead() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: LineReader.binaryProbeLength + 10) + [0]
        #expect(try LineReader.read(bytes).lines.count == 1)
    }

    @Test func emptyInputHasNoLines() throws {
        #expect(try texts([]).isEmpty)
        #expect(try texts([0xEF, 0xBB, 0xBF]).isEmpty)
    }
}
