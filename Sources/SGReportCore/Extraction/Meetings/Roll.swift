/// One list of people in a meeting's minutes, as a labelled line gives it: "Present: Jane Doe (Chair), Amy Lee" →
/// `.present` with two names; "Apologies were received from the following:" → `.apologies`, names on the lines after.
struct Roll: Sendable, Equatable {
    enum List: Sendable, Equatable { case present, apologies }

    let list: List
    /// The names on the labelled line itself.
    let names: [String]
    /// Name lines after this one continue the list ("Present:" then one councillor a line).
    let namesFollow: Bool
}
