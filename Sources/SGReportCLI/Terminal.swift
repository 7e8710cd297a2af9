#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal allows: colour only when stdout is a terminal and NO_COLOR is unset.
public enum Terminal {
    /// The colour rule, pure: `isTerminal` is `isatty(1)`; NO_COLOR set to anything (even empty) turns colour off.
    public static func wantsColour(stdoutIsTerminal: Bool, environment: [String: String]) -> Bool {
        stdoutIsTerminal && environment["NO_COLOR"] == nil
    }

    public static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Text width: `COLUMNS` when it is a sensible number, else 80.
    public static func width(environment: [String: String]) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), (20...1000).contains(columns) { return columns }
        return 80
    }
}
