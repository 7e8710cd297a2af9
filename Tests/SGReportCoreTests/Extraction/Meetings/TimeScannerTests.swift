import Testing
@testable import SGReportCore

@Suite struct TimeScannerTests {
    @Test(arguments: [
        ("Tuesday, 10 May 2022, 2.00 pm, County Hall", "14:00"),
        ("7 July 2022 at 10am", "10:00"),
        ("held on Monday at 10.15 am", "10:15"),
        ("Meeting date: 28 July 2020 – 1.00 p.m.", "13:00"),
        ("starts at 12 noon", "12:00"),
        ("from 14:30 in the chamber", "14:30"),
        ("The meeting starts at 14.30 in Room 2", "14:30"),
        ("09.15 - 12.17", "09:15"),
        ("ended at 12.45 PM", "12:45"),
        ("begins 12.30 am", "00:30"),
    ])
    func writesTimesInTwentyFourHours(text: String, time: String) {
        #expect(TimeScanner.scan(text).map(\.time) == [time])
    }

    @Test(arguments: ["rose by 1.00 points", "13 pm is no time", "section 2.30 applies", "ratio 3:4", "rose to 14.30%",
                      "a rate of 14.30 per 1,000", "the score was 12.50"])
    func ignoresNumbersThatAreNotTimes(text: String) {
        #expect(TimeScanner.scan(text).isEmpty)
    }
}
