/// The Windows-1252 code page: what a Word document saved as "plain text" on Windows usually is.
enum Windows1252 {
    /// Bytes 0x80–0x9F, where Windows-1252 differs from Latin-1; 0 marks the five unassigned bytes.
    /// Source: the Unicode consortium's mapping table CP1252.TXT.
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            // Unassigned bytes carry no text; U+FFFD would only show up as noise in labels.
            if value != 0, let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
