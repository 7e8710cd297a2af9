/// A date as a report writes it, perhaps without its year: "Tuesday 2 June 2020", "7th June", "June 2019".
struct DateMention: Sendable, Equatable {
    let year: Int?
    let month: Int
    let day: Int?
    /// UTF-8 offsets of the mention in the scanned text.
    let start: Int
    let end: Int

    /// The date, taking `year` when the text left it out ("7th June … 23rd June 2022").
    func date(defaultYear: Int? = nil) -> PartialDate? {
        guard let y = year ?? defaultYear else { return nil }
        return PartialDate(year: y, month: month, day: day)
    }
}
