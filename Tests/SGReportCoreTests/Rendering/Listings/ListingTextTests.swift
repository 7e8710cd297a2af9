import Testing
@testable import SGReportCore

@Suite struct ListingTextTests {
    typealias S = RenderingSamples

    static func text(_ view: View, _ docs: [SourcedDocument] = [S.sourced()], verbose: Bool = false) -> String {
        Renderer.render(docs, view: view, format: .text, options: RenderOptions(verbose: verbose))
    }

    @Test func sectionsAreAnIndentedOutline() {
        let out = Self.text(.sections)
        #expect(out.contains("L 40  1 Introduction and New Arrangements\n"))
        #expect(out.contains("L352    3.2 Monitoring Effectiveness\n"))
    }

    /// Two lines a figure: line, value and label; then period and comparisons under the label.
    @Test func metricsShowValueWithUnitAndComparison() {
        let lines = Self.text(.metrics).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.contains { $0.hasPrefix("L900") && $0.contains("£1,200,000  partnership budget") })
        #expect(lines.contains { $0.contains("65.3 per 10,000  children in need rate") })
        let wide = Renderer.render([S.sourced()], view: .metrics, format: .text, options: RenderOptions(width: 200))
        let wideLines = wide.split(separator: "\n").map(String.init)
        let figure = wideLines.firstIndex { $0.hasPrefix("L176") && $0.hasSuffix("24%  re-referrals within 12 months") }
        #expect(figure != nil)
        if let figure {
            #expect(wideLines[figure + 1].trimmingLeadingSpaces()
                == "2019-20 · prev 19% (2018-19); England 21%; statistical neighbours 18%")
        }
    }

    @Test func prioritiesShowCountsAndVerboseDetail() {
        let out = Self.text(.priorities)
        #expect(out.contains("1  Neglect       current  green  1 action, 1 progress note    L310"))
        #expect(!out.contains("Roll out"))
        let verbose = Self.text(.priorities, verbose: true)
        #expect(verbose.contains("    - Roll out the neglect toolkit\n"))
        #expect(verbose.contains("    - Toolkit used in 80% of cases\n"))
    }

    @Test func meetingsAndAttendance() {
        let meetings = Self.text(.meetings)
        #expect(meetings.contains("2022-05-10  14:00  scheduled"))
        #expect(meetings.contains("  1 item      L12"))
        #expect(meetings.contains("  1 decision  L80"))
        #expect(!meetings.contains("0 decisions"))
        #expect(Self.text(.attendance) == """
            Derek Benson  Independent Chair  4/4  100%  L880
            Jo Bloggs     Education          1/4   25%  L881

            """)
    }

    @Test(arguments: [(View.sections, "no sections found"), (.metrics, "no metrics found"),
                      (.priorities, "no priorities found"), (.meetings, "no meetings found"),
                      (.attendance, "no attendance records found")])
    func saysWhenAListIsEmpty(view: View, message: String) {
        #expect(Self.text(view, [S.sourced(S.empty)]) == message + "\n")
    }

    @Test func severalFilesGetAHeaderEach() {
        let out = Self.text(.metrics, [S.sourced(), S.sourced(S.empty, "-")])
        #expect(out.hasPrefix("== reports/walsall-2019-20.txt ==\n"))
        #expect(out.hasSuffix("\n\n== - ==\nno metrics found\n"))
    }

    @Test func colourDimsLineRefsAndBoldsHeaders() {
        let out = Renderer.render([S.sourced(), S.sourced(S.empty, "-")], view: .sections, format: .text,
                                  options: RenderOptions(colour: true))
        #expect(out.contains("\u{1B}[1m== - ==\u{1B}[0m"))
        #expect(out.contains("\u{1B}[2mL 40\u{1B}[0m"))
    }
}
