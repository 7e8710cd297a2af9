/// `period-covered` (must): the report states the 12-month period it covers.
///
/// Working Together 2018 ch. 3 para 42: the partners must publish a report "at least once in every 12-month
/// period"; Children Act 2004 s14A: an LSCB publishes an annual report. Uses `report.period` from the metadata
/// extractor, with the line where its label is written.
struct PeriodCoveredRule: Rule {
    let id = "period-covered"
    let description = "The period the report covers is stated"
    let severity = RuleSeverity.must
    let source = "Working Together 2018, ch. 3 para 42; Children Act 2004 s14A (LSCB annual report)"
    let missing =
        "The report does not say which 12-month period it covers: state it on the cover or in the introduction (e.g. \"1 April 2019 to 31 March 2020\")."

    func evaluate(_ input: CheckInput) -> RuleFinding {
        guard let period = input.report.period else {
            return .missing(line: input.blocks.first.map { input.block($0).line }, note: nil)
        }
        var note = "the report covers \(period.label)"
        if let start = period.start, let end = period.end { note += " (\(start.iso) to \(end.iso))" }
        // Where the period is written: the first block naming a period with the same start (the title's
        // "2019 – 2020" or the introduction's "1st April 2019 to 31st March 2020"), else the label itself.
        let written = input.blocks.first { b in
            PeriodScanner.scan(input.block(b).text).contains { $0.period.start?.year == period.start?.year }
        }
        let line = written.map { input.block($0).line } ?? input.firstHit(CueSet([Cue(period.label)]))?.line
        return .found(line: line, note: note)
    }
}
