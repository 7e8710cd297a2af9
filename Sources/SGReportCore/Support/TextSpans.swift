/// UTF-8 spans of a text (its dates and periods), asked by offset: `covers(12)` when "2019/20" runs over bytes 10..<17.
///
/// A block's readers ask this of every figure in every sentence; a run-on line names thousands of periods, so a scan
/// of the list per question grew with the square of the line. Sorted by start, with the furthest end reached so far,
/// each question is a binary search. Spans may overlap (a date inside a range of dates).
struct TextSpans: Sendable {
    private let starts: [Int]
    /// `reach[k]`: the largest end among the spans `0...k`.
    private let reach: [Int]

    init(_ spans: [(start: Int, end: Int)]) {
        // Most blocks name a period or two, already in order: no sort, and one pass.
        let ordered = zip(spans, spans.dropFirst()).allSatisfy { $0.start <= $1.start } ? spans : spans.sorted { $0.start < $1.start }
        var starts: [Int] = [], reach: [Int] = []
        starts.reserveCapacity(ordered.count)
        reach.reserveCapacity(ordered.count)
        var furthest = Int.min
        for span in ordered {
            furthest = max(furthest, span.end)
            starts.append(span.start)
            reach.append(furthest)
        }
        self.starts = starts
        self.reach = reach
    }

    /// Whether some span holds `offset` (`start <= offset < end`).
    func covers(_ offset: Int) -> Bool {
        let after = starts.partitionPoint { $0 > offset }
        return after > 0 && reach[after - 1] > offset
    }

    /// Whether some span starts exactly at `offset`.
    func hasSpan(startingAt offset: Int) -> Bool {
        let k = starts.partitionPoint { $0 >= offset }
        return k < starts.count && starts[k] == offset
    }
}
