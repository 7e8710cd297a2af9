/// A rule added by a rules file, of one of the documented kinds:
/// `{"id": "enough-figures", "kind": "count-at-least", "of": "metrics", "min": 20}`.
///
/// Kinds: `count-at-least` (metrics, priorities, meetings, attendance or sections), `field-present` (a report
/// field), `section-title` (a section whose title matches any phrase), `text-mentions` (a passage mentioning any
/// phrase), `priorities-have-progress` (every current priority has progress notes).
struct ConfiguredRule: Rule {
    enum Kind: Sendable, Equatable {
        case countAtLeast(CountedList, min: Int)
        case fieldPresent(ReportField)
        case sectionTitle(CueSet, phrases: [String])
        case textMentions(CueSet, phrases: [String], min: Int)
        case prioritiesHaveProgress
    }

    enum CountedList: String, Sendable, CaseIterable { case metrics, priorities, meetings, attendance, sections }
    enum ReportField: String, Sendable, CaseIterable { case title, organisation, period, published }

    let id: String
    let description: String
    let severity: RuleSeverity
    let source = "Rules file"
    let missing: String
    let kind: Kind
    /// The profiles this rule runs under; empty means all.
    let profiles: [RuleProfile]

    func applies(to running: [RuleProfile]) -> Bool {
        profiles.isEmpty || running.contains(where: profiles.contains)
    }

    func evaluate(_ input: CheckInput) -> RuleFinding {
        let d = input.document
        switch kind {
        case .countAtLeast(let list, let min):
            let lines: [Int]
            switch list {
            case .metrics: lines = d.metrics.map(\.line)
            case .priorities: lines = d.priorities.map(\.line)
            case .meetings: lines = d.meetings.map(\.line)
            case .attendance: lines = d.attendance.map(\.line)
            case .sections: lines = d.sections.map(\.line)
            }
            if lines.count >= min { return .found(line: lines.min(), note: "\(lines.count) \(list.rawValue)") }
            return .missing(line: nil, note: "Found \(lines.count) \(list.rawValue); at least \(min) wanted.")
        case .fieldPresent(let field):
            let present: Bool
            switch field {
            case .title: present = d.report.title != nil
            case .organisation: present = d.report.organisation != nil
            case .period: present = d.report.period != nil
            case .published: present = d.report.published != nil
            }
            return present ? .found(line: nil, note: "the report's \(field.rawValue)") : .missing(line: nil, note: nil)
        case .sectionTitle(let cues, _):
            if let s = input.sections(titled: cues).first, let h = input.sectionHeadings[s] {
                return .found(input.hit(h), input.describe(section: s))
            }
            return .missing(line: nil, note: nil)
        case .textMentions(let cues, _, let min):
            let hits = input.hits(cues)
            if hits.count >= min, let first = hits.first { return .found(first, input.describe(first)) }
            return .missing(line: hits.first?.line, note: hits.isEmpty ? nil : "Found \(hits.count); at least \(min) wanted.")
        case .prioritiesHaveProgress:
            let current = d.priorities.filter { $0.scope == .current }
            guard !current.isEmpty else { return .missing(line: nil, note: "No priorities were found.") }
            if let bare = current.first(where: { $0.progress.isEmpty }) {
                return .missing(line: bare.line, note: "\u{201C}\(bare.title)\u{201D} has none.")
            }
            return .found(line: current.first?.line, note: "all \(current.count) priorities report progress")
        }
    }

    /// The default wording when the rules file gives none.
    static func defaultTexts(for kind: Kind) -> (description: String, missing: String) {
        switch kind {
        case .countAtLeast(let list, let min):
            return ("At least \(min) \(list.rawValue)", "Fewer than \(min) \(list.rawValue) were found.")
        case .fieldPresent(let field):
            return ("The report's \(field.rawValue) is stated", "The report's \(field.rawValue) was not found.")
        case .sectionTitle(_, let phrases):
            let list = phrases.map { "\u{201C}\($0)\u{201D}" }.joined(separator: " or ")
            return ("A section titled \(list)", "No section titled \(list).")
        case .textMentions(_, let phrases, _):
            let list = phrases.map { "\u{201C}\($0)\u{201D}" }.joined(separator: " or ")
            return ("The text mentions \(list)", "The text does not mention \(list).")
        case .prioritiesHaveProgress:
            return ("Every priority reports progress", "A priority has no progress reported.")
        }
    }
}

extension ConfiguredRule.Kind {
    static func == (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case let (.countAtLeast(x, m), .countAtLeast(y, n)): return x == y && m == n
        case let (.fieldPresent(x), .fieldPresent(y)): return x == y
        case let (.sectionTitle(_, x), .sectionTitle(_, y)): return x == y
        case let (.textMentions(_, x, m), .textMentions(_, y, n)): return x == y && m == n
        case (.prioritiesHaveProgress, .prioritiesHaveProgress): return true
        default: return false
        }
    }
}
