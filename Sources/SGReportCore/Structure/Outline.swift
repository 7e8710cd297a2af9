/// A report's sections and, for every block, the section it stands in.
struct Outline: Sendable, Equatable {
    let sections: [Section]
    /// For each block (same index), the index of its section in `sections`, or nil before the first.
    let sectionOfBlock: [Int?]
    /// Blocks before this index are the cover (title, organisation, date), not part of any section.
    let coverEnd: Int
}
