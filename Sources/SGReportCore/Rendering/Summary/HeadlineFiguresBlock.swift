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

        let layout = MetricListing.Layout(chosen, indent: 4, width: options.width)
        var lines = [StyledLine("Headline figures", .bold)]
        for section in order {
            lines.append(StyledLine("  " + DisplayWidth.truncated(section ?? "Other", to: options.width - 2)))
            for m in groups[section] ?? [] { lines += layout.lines(m) }
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
