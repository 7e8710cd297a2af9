/// The digest's priorities: current then next, each with its status and whether progress evidence is attached.
///
/// ```
/// Priorities
///   Current (3)
///     1  Neglect: …  green  progress noted  L300
/// ```
enum PrioritiesBlock: SummaryBlock {
    static let limitPerScope = 8

    static func lines(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine] {
        let priorities = source.document.priorities
        guard !priorities.isEmpty else { return noneFound("Priorities") }
        var lines = [StyledLine("Priorities", .bold)]
        let digits = LineRef.digits(priorities.map(\.line))
        for scope in Priority.Scope.allCases {
            let inScope = priorities.filter { $0.scope == scope }
            guard !inScope.isEmpty else { continue }
            let (kept, more) = capped(inScope, limitPerScope, indent: 4, more: seeAlso("priorities", source))
            lines.append(StyledLine("  \(scope == .current ? "Current" : "Next") (\(inScope.count))"))
            var table = TextTable([.text, .title(min: 20), .text, .text, .lineRef], indent: 4)
            for p in kept {
                table.add([
                    p.number ?? "", p.title, p.status?.rawValue ?? "no status",
                    p.progress.isEmpty ? "no progress evidence" : "progress noted",
                    LineRef.text(p.line, digits: digits),
                ])
            }
            lines += table.lines(width: options.width)
            if let more { lines.append(more) }
        }
        return lines
    }
}
