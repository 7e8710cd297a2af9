import Testing
@testable import SGReportCore

@Suite struct InlineCleanerTests {
    @Test(arguments: [
        ("**Sponsorship** by a 3rd party", "Sponsorship by a 3rd party"),
        ("<b>Section 1. Introduction</b>", "Section 1. Introduction"),
        ("24<sup>th</sup> October 2016", "24th October 2016"),
        ("the Public Sector Equality Duty<sup>1</sup>.", "the Public Sector Equality Duty."),
        ("Quality &amp; Assurance", "Quality & Assurance"),
        ("costs &#163;5 &lt; &pound;10", "costs £5 < £10"),
        ("as of the 1^{st of} September 2022", "as of the 1st of September 2022"),
        ("early\\\\_help\\\\_in", "early_help_in"),
        ("\\(MASH\\)", "(MASH)"),
        ("see [Council's Website](#) now", "see Council's Website now"),
        ("[www.x.gov.uk](http://www.x.gov.uk) site", "www.x.gov.uk site"),
        ("<https://www.youtube.com/HerefordshireCouncil>", "https://www.youtube.com/HerefordshireCouncil"),
        ("Early\u{00A0}Help\u{2003}Hub", "Early Help Hub"),
        ("zero\u{200B}width soft\u{00AD}hyphen", "zerowidth softhyphen"),
        ("Equality Duty.\u{00B9} It is", "Equality Duty. It is"),
        ("Proprietors\u{2074} of independent schools", "Proprietors of independent schools"),
        ("1 to 3 years ago (8 <mark>0</mark>)", "1 to 3 years ago (8 0)"),
        ("a $\\circ~$ b", "a b"),
        ("rates $\\geq$ 5", "rates ≥ 5"),
        ("<u>Early Help strategy</u> was approved", "Early Help strategy was approved"),
        ("<p>one</p> <p>two</p>", "one two"),
        // Notes' marks in square brackets, and a footnote digit glued to a closing parenthesis.
        ("45 referrals [Note 1] in the year", "45 referrals in the year"),
        ("50%[1] of missing episodes", "50% of missing episodes"),
        ("in Wales[iv] receive care", "in Wales receive care"),
        ("Working Together (2015)1 sets out", "Working Together (2015) sets out"),
    ])
    func removesResidue(input: String, expected: String) {
        #expect(InlineCleaner.clean(input) == expected)
    }

    @Test(arguments: [
        "children under 5 < 10% of cases",
        "[HAF] and the Virtual Family Hub",
        "costs $5 and $10",
        "a & b",
        "Covid-19 and 10,178 contacts",
        "The 2022/23 target is 576",
        "[sic] as written",
        "Referrals (Q1)12 were late",
    ])
    func keepsPlainText(input: String) {
        #expect(InlineCleaner.clean(input) == input)
    }

    @Test func dropsFootnoteDigitsGluedToAWord() {
        #expect(InlineCleaner.clean("reported by schools3 and colleges") == "reported by schools and colleges")
        #expect(InlineCleaner.clean("reported by schools3. Then") == "reported by schools. Then")
        // A figure glued to a name, as a table's columns run together, is no footnote.
        #expect(InlineCleaner.clean("Statistical neighbours51.3") == "Statistical neighbours51.3")
        #expect(InlineCleaner.clean("Leeds35.2") == "Leeds35.2")
    }

    @Test func keepsDigitsThatAreNotGlued() {
        #expect(InlineCleaner.clean("Year 6 and KS2 pupils; 3 schools") == "Year 6 and KS2 pupils; 3 schools")
    }

    @Test func collapsesAndTrimsSpaces() {
        #expect(InlineCleaner.clean("  a \t  b  ") == "a b")
    }

    @Test func dropsControlCharacters() {
        #expect(InlineCleaner.clean("a\u{1B}[31mred\u{07}") == "a[31mred")
    }

    @Test func unterminatedMarkupIsText() {
        #expect(InlineCleaner.clean("a <b c [d e ^{f $g") == "a <b c [d e ^{f $g")
    }
}
