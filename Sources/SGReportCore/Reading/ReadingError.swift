/// Why an input could not be read as text at all; the CLI reports it and exits 3.
public enum ReadingError: Error, Sendable, Equatable {
    /// A NUL byte in the first 8 KiB without a UTF-16 byte-order mark: `line` is where it stands.
    case notText(line: Int)
    /// A UTF-16 BOM followed by an odd number of bytes or unpaired surrogates beyond repair.
    case badUTF16

    /// The message printed after `sgreport: FILE:LINE: `.
    public var message: String {
        switch self {
        case .notText: return "not a text file (it contains NUL bytes); sgreport reads plain text converted from PDF or Word"
        case .badUTF16: return "not a text file (its UTF-16 byte-order mark is followed by malformed UTF-16)"
        }
    }

    public var line: Int? {
        switch self {
        case .notText(let line): return line
        case .badUTF16: return nil
        }
    }
}
