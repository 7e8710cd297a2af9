/// A quick test of whether a lower-case word could be in a vocabulary table, by its first byte and length,
/// made before hashing the word for the table's own lookup.
///
/// `WordGate(["meeting", "met"]).mightContain("met")` is true; `mightContain("the")` is false without hashing.
/// Scanners ask every token of a report against small tables; most words share no first letter and length
/// with any entry, so the gate answers for them at the cost of two array reads.
struct WordGate: Sendable {
    /// For each first byte, bit n set when some entry starting with it is n bytes long (n < 64).
    private let lengths: [UInt64]

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var lengths = [UInt64](repeating: 0, count: 256)
        for word in words {
            guard let first = word.utf8.first else { continue }
            let n = word.utf8.count
            // A longer entry opens its first byte to every length: rare, and still correct.
            lengths[Int(first)] |= n < 64 ? 1 << UInt64(n) : .max
        }
        self.lengths = lengths
    }

    func mightContain(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        let n = word.utf8.count
        let bits = lengths[Int(first)]
        return n < 64 ? bits & (1 << UInt64(n)) != 0 : bits == .max
    }
}
