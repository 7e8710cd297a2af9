import Testing
@testable import SGReportCore

@Suite struct HeadingTests {
    private let prose = "\n\nThis paragraph of prose follows the heading and is long enough to be prose.\n\n"

    private func isHeading(_ line: String) -> Bool {
        let t = structure("Cover Title" + prose + line + prose)
        return t.block(at: 5)?.kind == .heading
    }

    @Test(arguments: [
        "2. Early Help Strategy and Action Plan",
        "1.Terms of Reference, attendance dates of meetings",
        "GET SAFE AND GET THERE",
        "Children and Families Overview and Scrutiny Panel",
        "Section 47 Enquiries",
        "Appendix 3. Budget",
        "Priority 3: To gain assurance regarding transition arrangements for agreed vulnerable groups.",
        "How safe are children in Walsall?",
        "40. APOLOGIES FOR ABSENCE",
        "**Multi-Agency Case File Audits**",
        "Annual Report 2022-23",
        "Key Stage 2",
    ])
    func recognisesHeadings(line: String) {
        #expect(isHeading(line))
    }

    @Test(arguments: [
        "14. This has taken shape over the year through the work of all partners in the county.",
        "Date: Tuesday 2 June 2020",
        "18th August 2021",
        "Tuesday, 10 May 2022, 2.00 pm",
        "Councillors:",
        "Councillor Mike Jones",
        "Hayley Durnall, Public Health Consultant, Worcestershire County Council",
        "Report written by Jennie Cox, Transformation Team",
        "We also launched the Worcestershire Virtual Family Hub",
        "There were six events across each district as follows",
        "1) Children reach the expected level of development",
        // A row of figures whose columns the converter spaced out.
        "Contacts                     9,876     10,178",
        "Referrals 2345 2501",
        "Re-referrals 22%",
        // An infographic's tile: a count and its share in parentheses.
        "Pupils with EHCP 825 (3.6%)",
    ])
    func rejectsLinesThatAreNotHeadings(line: String) {
        #expect(!isHeading(line))
    }

    @Test func aSignatureIsNotAHeading() {
        let t = structure("Cover" + prose + "Derek Benson\n\nIndependent Chair: August 2017\n")
        #expect(t.block(at: 5)?.kind == .paragraph)
    }

    @Test func shortLabelsRepeatedDownTheDocumentAreNotHeadings() {
        let t = structure("Cover" + prose + String(repeating: "Aim\n\nWe will provide a good service to children.\n\n", count: 5))
        #expect(!t.blocks.contains { $0.kind == .heading && $0.text == "Aim" })
    }
}
