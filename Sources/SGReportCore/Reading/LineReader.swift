/// Turns a file's bytes into numbered lines: detects the encoding, splits on CRLF, CR or LF.
///
/// UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are read as such; a line that is not valid
/// UTF-8 is read as Windows-1252 (what Word on Windows writes), with one warning for the file.
/// NUL bytes in the first 8 KiB without a UTF-16 BOM mean the input is not text at all.
enum LineReader {
    /// How far to look for NUL bytes: enough to catch binaries, cheap on huge inputs.
    static let binaryProbeLength = 8 * 1024

    struct Output {
        let lines: [SourceLine]
        let warnings: [DocumentWarning]
    }

    static func read(_ bytes: [UInt8]) throws(ReadingError) -> Output {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return split(utf8: transcodeUTF16(bytes.dropFirst(2), bigEndian: false))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return split(utf8: transcodeUTF16(bytes.dropFirst(2), bigEndian: true))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let nul = body.prefix(binaryProbeLength).firstIndex(of: 0) {
            throw .notText(line: 1 + body[body.startIndex..<nul].lazy.filter { $0 == 0x0A }.count)
        }
        return split(utf8: body)
    }

    /// Splits UTF-8 bytes into lines in one pass, decoding each line on its own so one bad byte
    /// costs only its line the Windows-1252 fallback.
    private static func split(utf8 bytes: ArraySlice<UInt8>) -> Output {
        var lines: [SourceLine] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var fallbackLines: [Int] = []
        var start = bytes.startIndex
        var i = start
        let end = bytes.endIndex
        func emit(_ range: Range<Int>) {
            let number = lines.count + 1
            let slice = bytes[range]
            if let text = String(validating: slice, as: UTF8.self) {
                lines.append(SourceLine(number: number, text: text))
            } else {
                fallbackLines.append(number)
                lines.append(SourceLine(number: number, text: Windows1252.decode(slice)))
            }
        }
        while i < end {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                emit(start..<i)
                if b == 0x0D, i + 1 < end, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < end { emit(start..<end) }
        var warnings: [DocumentWarning] = []
        if let first = fallbackLines.first {
            let extra = fallbackLines.count > 1 ? " (\(fallbackLines.count) lines)" : ""
            warnings.append(DocumentWarning(line: first, message: "invalid UTF-8 decoded as Windows-1252\(extra)"))
        }
        return Output(lines: lines, warnings: warnings)
    }

    /// UTF-16 code units to UTF-8; unpaired surrogates become U+FFFD and an odd last byte is dropped.
    private static func transcodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> ArraySlice<UInt8> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)[...]
    }
}
