/// Whether a report is an LSCB annual report under Working Together 2015: it names a safeguarding children
/// board and its period ended before the partnership arrangements replaced LSCBs (29 September 2019).
enum LSCBReport {
    static func applies(to input: CheckInput) -> Bool {
        let names = [input.report.title, input.report.organisation].compactMap { $0 }.map(CueScan.lowered)
        let board = names.contains { CheckVocabulary.board.occurs(in: $0) }
            || input.blocks.prefix(12).contains { CheckVocabulary.board.occurs(in: input.lowered[$0]) }
        guard board else { return false }
        guard let end = input.report.period?.end ?? input.report.published else { return true }
        return (end.year, end.month ?? 12) < (2019, 10)
    }

    static let notApplicable = "not an LSCB annual report (no board, or a period after September 2019)"
}
