/// Finds the priorities a report names, with their actions, progress and status: numbered priorities,
/// lists introduced as priorities, priorities stated in prose and priority tables, merged to one record each.
///
/// Walsall 2019-20: "Priority 2: To support … neglect in a child centred way" (line 305, actions from
/// `Still to do`, progress from `Implementation:` and `Impact:`); "Priorities and Next Steps in 2020-21" items, scope next.
enum PriorityExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Priority] {
        var drafts = NumberedPriorityReader.read(text, report: report)
            + PriorityListReader.read(text, report: report)
            + PriorityTableReader.read(text, report: report)
            + ProsePriorityReader.read(text, report: report)
        RepeatedTitleNotesReader.read(text, into: &drafts)
        return PriorityMerger.merge(drafts).map(\.priority)
    }
}
