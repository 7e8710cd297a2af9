/// The digest's opening: the title in bold, then organisation, kind, period, published date, size and warnings.
///
/// ```
/// Walsall Safeguarding Children Partnership Annual Report 2019-20
/// Organisation  Walsall Safeguarding Children Partnership
/// Kind          annual report
/// Period        2019-20 (2019-04-01 to 2020-03-31)
/// ```
enum HeaderBlock: SummaryBlock {
    static func lines(_ source: SourcedDocument, options: RenderOptions) -> [StyledLine] {
        let d = source.document
        let report = d.report
        var table = TextTable([.text, .title(min: 20)])
        table.add(["Organisation", report.organisation ?? "not found"])
        table.add(["Kind", report.kind.rawValue.replacingDashes()])
        table.add(["Period", report.period.map(period) ?? "not found"])
        table.add(["Published", report.published?.iso ?? "not found"])
        table.add(["Size", NumberText.bytes(d.stats.bytes) + ", " + NumberText.count(d.stats.lines, "line")])
        if !d.warnings.isEmpty {
            table.add(["Warnings", NumberText.count(d.warnings.count, "warning") + " while reading"])
        }
        let title = DisplayWidth.truncated(report.title ?? "(untitled)", to: options.width)
        return [StyledLine(title, .bold)] + table.lines(width: options.width)
    }

    /// "2019-20 (2019-04-01 to 2020-03-31)", or just the label when the dates are unknown.
    static func period(_ p: Period) -> String {
        switch (p.start, p.end) {
        case let (start?, end?): return "\(p.label) (\(start.iso) to \(end.iso))"
        case let (start?, nil): return "\(p.label) (from \(start.iso))"
        case let (nil, end?): return "\(p.label) (to \(end.iso))"
        case (nil, nil): return p.label
        }
    }
}

extension String {
    /// "annual-report" → "annual report": enum raw values read as words in text.
    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" ? " " : $0 })
    }
}
