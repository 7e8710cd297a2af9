/// The digest's headline figures: up to a dozen metrics, those set against a previous value, comparator or target
/// first, grouped under their sections, then `N metrics in all — see 'sgreport metrics FILE'`.
enum HeadlineFiguresBlock: SummaryBlock {
    static let limit = 12

    static func lines(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine] {
        let metrics = source.document.metrics
        guard !metrics.isEmpty else { return noneFound("Metrics") }
        let chosen = pick(metrics)

        // Group under sections in the order the sections first appear; figures outside any section go last.
        var order: [String?] = []
        var groups: [String?: [Metric]] = [:]
        for m in chosen {
            if groups[m.section] == nil { order.append(m.section) }
            groups[m.section, default: []].append(m)
        }
        order = order.filter { $0 != nil } + order.filter { $0 == nil }

        // Two lines a figure, so the label and its comparisons stay readable at 80 columns:
        //     L 81   9.4 per 1,000  Infant mortality rate
        //                           2019-20 · prev 6.2 per 1,000 (2018-19)
        let digits = LineRef.digits(chosen.map(\.line))
        let valueWidth = chosen.map { DisplayWidth.of(MetricText.value($0)) }.max() ?? 0
        let labelColumn = 4 + DisplayWidth.of(LineRef.text(0, digits: digits)) + 2 + valueWidth + 2
        let labelWidth = max(10, options.width - labelColumn)
        var lines = [StyledLine("Headline figures", .bold)]
        for section in order {
            lines.append(StyledLine("  " + DisplayWidth.truncated(section ?? "Other", to: options.width - 2)))
            for m in groups[section] ?? [] {
                var first = StyledLine("    ")
                first.append(LineRef.text(m.line, digits: digits), .dim)
                first.append("  " + DisplayWidth.padded(MetricText.value(m), to: valueWidth, alignRight: true) + "  ")
                first.append(DisplayWidth.truncated(m.label, to: labelWidth))
                lines.append(first)
                let detail = [m.period, MetricText.comparison(m)].compactMap { $0 }.filter { !$0.isEmpty }
                if !detail.isEmpty {
                    let text = detail.joined(separator: " · ")
                    lines.append(StyledLine(String(repeating: " ", count: labelColumn) + DisplayWidth.truncated(text, to: labelWidth)))
                }
            }
        }
        lines.append(StyledLine("  " + NumberText.count(metrics.count, "metric") + " in all — " + seeAlso("metrics", source)))
        return lines
    }

    /// Compared metrics first, then the rest, each in document order; the pick is then shown in document order.
    static func pick(_ metrics: [Metric]) -> [Metric] {
        let compared = metrics.filter(MetricText.isCompared)
        let others = metrics.filter { !MetricText.isCompared($0) }
        return (compared + others).prefix(limit).sorted { $0.line < $1.line }
    }
}
