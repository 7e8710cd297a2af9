/// One line of text output made of styled runs: `[("Headline figures", .bold)]`, `[("24%  Re-referrals  ", .plain), ("L176", .dim)]`.
///
/// All text output is built from these, so sanitising and colour are decided in one place:
/// each run is cleaned by `TerminalSanitiser` when made, and ANSI codes are added only by `rendered(colour:)`.
struct StyledLine: Equatable {
    enum Style: Equatable { case plain, bold, dim }

    private(set) var runs: [(text: String, style: Style)] = []

    init() {}

    init(_ text: String, _ style: Style = .plain) {
        append(text, style)
    }

    /// Adds a run; line breaks and tabs in it become spaces, since a line must stay one line.
    mutating func append(_ text: String, _ style: Style = .plain) {
        let clean = StyledLine.oneLine(TerminalSanitiser.sanitised(text))
        guard !clean.isEmpty else { return }
        runs.append((clean, style))
    }

    static func + (line: StyledLine, run: (String, Style)) -> StyledLine {
        var copy = line
        copy.append(run.0, run.1)
        return copy
    }

    var plainText: String { runs.map(\.text).joined() }

    /// The line's text, with bold or dim ANSI codes around styled runs only when `colour` is on.
    func rendered(colour: Bool) -> String {
        var out = ""
        for run in runs {
            switch (colour, run.style) {
            case (true, .bold): out += "\u{1B}[1m" + run.text + "\u{1B}[0m"
            case (true, .dim): out += "\u{1B}[2m" + run.text + "\u{1B}[0m"
            default: out += run.text
            }
        }
        // Padding for alignment is pointless at the end of a line, and trailing spaces trip up diff and copy-paste.
        while out.last == " " { out.removeLast() }
        return out
    }

    static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.runs.count == b.runs.count && zip(a.runs, b.runs).allSatisfy { $0.text == $1.text && $0.style == $1.style }
    }

    static func oneLine(_ s: String) -> String {
        guard s.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }) else { return s }
        return String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
}

extension Array where Element == StyledLine {
    /// The lines joined, each ending in "\n".
    func rendered(colour: Bool) -> String {
        map { $0.rendered(colour: colour) + "\n" }.joined()
    }
}
