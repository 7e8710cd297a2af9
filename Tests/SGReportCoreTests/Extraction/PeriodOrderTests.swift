import Testing
@testable import SGReportCore

/// Periods are ordered by where they start; those without a year have no order, but for consecutive quarters.
@Suite struct PeriodOrderTests {
    @Test("earlier periods", arguments: [
        ("2021/22", "2022/23"), ("2019-20", "2020-21"), ("March 2020", "31 March 2021"), ("2018", "2019/20"),
        ("April 2019 – March 2020", "2020/21"), ("Q3", "Q4"), ("quarter 2", "Quarter 3"),
    ])
    func earlier(a: String, b: String) {
        #expect(PeriodOrder.isEarlier(a, than: b))
        #expect(!PeriodOrder.isEarlier(b, than: a))
    }

    // Q4 and Q1 may be a year apart either way; quarters further apart may be of different years.
    @Test("periods with no year have no order", arguments: [("Q4", "Q1"), ("quarter 1", "quarter 3"), ("Q1", "2021/22"), ("this quarter", "Q4")])
    func unordered(a: String, b: String) {
        #expect(!PeriodOrder.isEarlier(a, than: b))
        #expect(!PeriodOrder.isEarlier(b, than: a))
    }
}
