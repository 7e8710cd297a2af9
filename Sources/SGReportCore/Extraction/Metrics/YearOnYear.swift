/// Two years of one measure in one sentence, the later named only by a word pointing back: "In 2020/21 there were 450
/// referrals, in 2021/22 the figure rose to 520" → 520 referrals (2021/22), previous 450 (2020/21); one fact.
///
/// Annual reports set this year's figure against last year's so ("… totalled 693, for 2016/17 the figure dropped to a
/// total of 367 such reports").
enum YearOnYear {
    /// Folds each earlier figure of `drafts[first...]` into the later figure that points back to it.
    static func fold(_ drafts: inout [MetricDraft], from first: Int) {
        var b = drafts.count - 1
        while b > first {
            defer { b -= 1 }
            guard pointsBack(drafts[b].label), drafts[b].previous == nil, let later = drafts[b].period else { continue }
            guard let a = (first..<b).last(where: { drafts[$0].mention.unit == drafts[b].mention.unit }),
                !pointsBack(drafts[a].label), let earlier = drafts[a].period, PeriodOrder.isEarlier(earlier, than: later)
            else { continue }
            drafts[b].label = drafts[a].label
            drafts[b].previous = PreviousValue(value: drafts[a].value, period: earlier)
            drafts.remove(at: a)
            b -= 1
        }
    }

    /// "figure", "the figure", "the number", "such reports": a label that names nothing but the figure before.
    private static func pointsBack(_ label: String) -> Bool {
        if let bare = MetricVocabulary.bareMeasure(label), !bare.demonstrative { return true }
        return label.prefix(5).lowercased() == "such " && TextShape.wordCount(label, limit: 4) <= 3
    }
}
