/// Line numbers as a finding's note says them: `[5]` → "line 5"; `[12, 3, 12]` → "lines 3, 12".
enum LineList {
    static func phrase(_ lines: [Int]) -> String {
        let sorted = Set(lines).sorted()
        return (sorted.count == 1 ? "line " : "lines ") + sorted.map(String.init).joined(separator: ", ")
    }
}
