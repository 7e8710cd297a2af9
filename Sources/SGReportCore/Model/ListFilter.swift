/// The listing commands' filters, combined with AND: `--grep`, `--section`, `--unit`, `--min`, `--max`, …
public struct ListFilter: Sendable, Equatable {
    /// Case-insensitive, on a label or title and on the source text.
    public var grep: String?
    /// Case-insensitive, on the title of the section an item stands in.
    public var section: String?
    public var unit: Metric.Unit?
    public var min: Double?
    public var max: Double?
    public var scope: Priority.Scope?
    public var status: Meeting.Status?
    public var from: PartialDate?
    public var to: PartialDate?

    public init() {}
}

extension Document {
    /// The document with each list cut down to the items `filter` keeps; report, warnings and stats are unchanged.
    ///
    /// Each list takes the filters that mean something for it: `unit`, `min`, `max` only metrics; `scope` only
    /// priorities; `status`, `from`, `to` only meetings; `grep` and `section` where the list has such text.
    public func filtered(by filter: ListFilter) -> Document {
        let grep = filter.grep.map(TextMatch.init)
        let section = filter.section.map(TextMatch.init)
        func keeps(_ match: TextMatch?, _ texts: String?...) -> Bool {
            guard let match else { return true }
            return texts.contains { $0.map(match.matches) ?? false }
        }
        func keeps(_ match: TextMatch?, in texts: [String]) -> Bool {
            guard let match else { return true }
            return texts.contains(where: match.matches)
        }
        return Document(
            report: report,
            sections: sections.filter { keeps(grep, $0.title) && keeps(section, $0.title) },
            metrics: metrics.filter { m in
                keeps(grep, m.label, m.text) && keeps(section, m.section)
                    && (filter.unit.map { m.unit == $0 } ?? true)
                    && (filter.min.map { m.value >= $0 } ?? true)
                    && (filter.max.map { m.value <= $0 } ?? true)
            },
            priorities: priorities.filter { p in
                (keeps(grep, p.title) || keeps(grep, in: p.actions) || keeps(grep, in: p.progress))
                    && keeps(section, p.section)
                    && (filter.scope.map { p.scope == $0 } ?? true)
            },
            meetings: meetings.filter { m in
                (keeps(grep, m.body, m.location) || keeps(grep, in: m.agenda.map(\.title))
                    || keeps(grep, in: m.decisions))
                    && (filter.status.map { m.status == $0 } ?? true)
                    && (filter.from.map { !m.date.isBefore($0) } ?? true)
                    && (filter.to.map { !m.date.isAfter($0) } ?? true)
            },
            attendance: attendance.filter { keeps(grep, $0.name, $0.role, $0.body) },
            warnings: warnings,
            stats: stats
        )
    }
}

/// A case-insensitive "contains" for filters: `TextMatch("neglect").matches("Tackling Neglect")` is true.
struct TextMatch {
    private let needle: String
    private let asciiNeedle: [UInt8]?

    init(_ needle: String) {
        self.needle = needle.lowercased()
        // Most needles and texts are ASCII; matching bytes with ASCII folding then needs no copy of the text.
        asciiNeedle = self.needle.utf8.allSatisfy { $0 < 0x80 } ? Array(self.needle.utf8) : nil
    }

    func matches(_ text: String) -> Bool {
        if needle.isEmpty { return true }
        if let asciiNeedle, text.utf8.allSatisfy({ $0 < 0x80 }) {
            return TextMatch.asciiContains(text.utf8, asciiNeedle)
        }
        return text.lowercased().contains(needle)
    }

    private static func asciiContains(_ hay: String.UTF8View, _ needle: [UInt8]) -> Bool {
        // Native strings are contiguous UTF-8, so this reads them in place; others are copied once.
        hay.withContiguousStorageIfAvailable { asciiContains($0, needle) } ?? asciiContains(Array(hay)[...], needle)
    }

    private static func asciiContains<C: RandomAccessCollection<UInt8>>(_ hay: C, _ needle: [UInt8]) -> Bool
    where C.Index == Int {
        guard hay.count >= needle.count else { return false }
        let base = hay.startIndex
        for start in base...(base + hay.count - needle.count) {
            var i = 0
            while i < needle.count, lower(hay[start + i]) == needle[i] { i += 1 }
            if i == needle.count { return true }
        }
        return false
    }

    private static func lower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b | 0x20 : b }
}

extension PartialDate {
    /// Compared at the precision both dates have, so meetings in "2022-05" are neither before nor after 2022-05-10.
    func isBefore(_ other: PartialDate) -> Bool {
        let (a, b) = PartialDate.commonKeys(self, other)
        return a < b
    }

    func isAfter(_ other: PartialDate) -> Bool {
        let (a, b) = PartialDate.commonKeys(self, other)
        return a > b
    }

    private static func commonKeys(_ a: PartialDate, _ b: PartialDate) -> ((Int, Int, Int), (Int, Int, Int)) {
        let month = a.month != nil && b.month != nil
        let day = month && a.day != nil && b.day != nil
        func key(_ d: PartialDate) -> (Int, Int, Int) {
            (d.year, month ? d.month ?? 0 : 0, day ? d.day ?? 0 : 0)
        }
        return (key(a), key(b))
    }
}
