/// A reference to a line of the input as text shows it: `L176`, padded inside (`L  12`) to line up in a listing.
enum LineRef {
    static func text(_ line: Int, digits: Int = 0) -> String {
        let n = String(line)
        return "L" + String(repeating: " ", count: max(0, digits - n.count)) + n
    }

    /// The digits of the largest line number, so a listing's references line up.
    static func digits(_ lines: [Int]) -> Int {
        String(lines.max() ?? 0).count
    }
}
