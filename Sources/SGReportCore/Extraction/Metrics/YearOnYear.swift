/// Two years of one measure in one sentence, the later named only by a word pointing back: "In 2020/21 there were 450
/// referrals, in 2021/22 the figure rose to 520" → 520 referrals (2021/22), previous 450 (2020/21); one fact.
///
/// Annual reports set this year's figure against last year's so ("… totalled 693, for 2016/17 the figure dropped to a
/// total of 367 such reports"), or the other way round ("In 2009, 77% were …; in 2008 this figure was 78%").
enum YearOnYear {
    /// Folds each earlier figure of `drafts[first...]` into the later figure that points back to it.
    static func fold(_ drafts: inout [MetricDraft], from first: Int) {
        var b = drafts.count - 1
        while b > first {
            defer { b -= 1 }
            guard drafts[b].pointsBack, drafts[b].previous == nil, let later = drafts[b].period else { continue }
            guard let a = (first..<b).last(where: { drafts[$0].mention.unit == drafts[b].mention.unit }),
                !drafts[a].pointsBack
            else { continue }
            guard let earlier = drafts[a].period else {
                // "77% were …; in 2007 this figure was 78%": a year told without a change, for a figure of no year,
                // is the year before.
                if drafts[a].previous == nil, drafts[b].trend == nil, !drafts[b].sizesChange {
                    drafts[a].previous = PreviousValue(value: drafts[b].value, period: later)
                    drafts.remove(at: b)
                } else if drafts[b].trend != nil, !drafts[b].sizesChange {
                    // "There were 450 referrals; in 2021/22 the figure rose to 520": told with a change, the year after.
                    drafts[b].label = drafts[a].label
                    drafts[b].previous = PreviousValue(value: drafts[a].value, period: nil)
                    drafts.remove(at: a)
                    b -= 1
                }
                continue
            }
            if PeriodOrder.isEarlier(earlier, than: later) {
                drafts[b].label = drafts[a].label
                drafts[b].previous = PreviousValue(value: drafts[a].value, period: earlier)
                drafts.remove(at: a)
                b -= 1
            } else if drafts[a].previous == nil, PeriodOrder.isEarlier(later, than: earlier) {
                // "In 2009, 77% were …; in 2008 this figure was 78%": the year before, told after.
                drafts[a].previous = PreviousValue(value: drafts[b].value, period: later)
                drafts.remove(at: b)
            }
        }
    }

    /// "figure", "the figure", "this figure", "such reports": a figure's own words that name nothing but the figure
    /// before (read once, before the label borrows another's words).
    static func pointsBack(_ label: String) -> Bool {
        if MetricVocabulary.bareMeasure(label) != nil { return true }
        return label.prefix(5).lowercased() == "such " && TextShape.wordCount(label, limit: 4) <= 3
    }
}
