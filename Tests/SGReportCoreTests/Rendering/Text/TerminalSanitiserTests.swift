import Testing
@testable import SGReportCore

@Suite struct TerminalSanitiserTests {
    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("\u{1B}[2J\u{1B}[Hclear", "clear"),
        ("\u{1B}]0;new title\u{07}after", "after"),
        ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
        ("a\u{1B}(Bb", "ab"),
        ("bell\u{07} back\u{08}space", "bell backspace"),
        ("c1\u{9B}31mcsi", "c1csi"),
        ("nel\u{85}del\u{7F}", "neldel"),
        ("keep\ttab\nnewline", "keep\ttab\nnewline"),
        ("plain £ café – 学校", "plain £ café – 学校"),
        ("trailing\u{1B}", "trailing"),
    ])
    func stripsControlSequences(input: String, expected: String) {
        #expect(TerminalSanitiser.sanitised(input) == expected)
    }

    @Test func everyTextViewIsSanitised() {
        let evil = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J title"
        let doc = Document(
            report: ReportInfo(title: evil, organisation: evil, kind: .unknown, period: nil, published: nil),
            sections: [Section(number: nil, title: evil, level: 1, line: 1)],
            metrics: [Metric(label: evil, value: 1, unit: .count, period: evil, line: 2, text: evil)],
            priorities: [Priority(number: nil, title: evil, scope: .current, actions: [evil], line: 3)],
            meetings: [Meeting(body: evil, date: PartialDate(year: 2022)!, location: evil, status: .held, line: 4)],
            attendance: [Attendance(body: evil, name: evil, role: evil, attended: 1, possible: 2, percent: nil, line: 5)]
        )
        for view in View.allCases {
            for colour in [false, true] {
                let out = Renderer.render([SourcedDocument(source: evil, document: doc), SourcedDocument(source: "b", document: doc)],
                                          view: view, format: .text, options: RenderOptions(colour: colour, verbose: true))
                #expect(!out.contains("pwned"), "\(view)")
                #expect(!out.contains("\u{1B}[2J") && !out.contains("\u{07}"), "\(view)")
                if !colour { #expect(!out.contains("\u{1B}"), "\(view)") }
            }
        }
    }
}
