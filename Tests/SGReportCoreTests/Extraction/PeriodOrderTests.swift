import Testing
@testable import SGReportCore

/// Periods are ordered by where they start; those without a year have no order.
@Suite struct PeriodOrderTests {
    @Test("earlier periods", arguments: [
        ("2021/22", "2022/23"), ("2019-20", "2020-21"), ("March 2020", "31 March 2021"), ("2018", "2019/20"),
        ("April 2019 – March 2020", "2020/21"),
    ])
    func earlier(a: String, b: String) {
        #expect(PeriodOrder.isEarlier(a, than: b))
        #expect(!PeriodOrder.isEarlier(b, than: a))
    }

    @Test("periods with no year have no order", arguments: [("quarter 2", "quarter 3"), ("Q1", "2021/22"), ("this quarter", "Q4")])
    func unordered(a: String, b: String) {
        #expect(!PeriodOrder.isEarlier(a, than: b))
        #expect(!PeriodOrder.isEarlier(b, than: a))
    }
}
