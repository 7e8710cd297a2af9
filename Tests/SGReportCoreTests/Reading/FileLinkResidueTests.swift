import Testing
@testable import SGReportCore

/// A web page's file-type badge after a document link is residue; the words around it stay.
@Suite struct FileLinkResidueTests {
    @Test("badges are removed", arguments: [
        ("Evacuation Procedure pdf icon PDF 9 KB", "Evacuation Procedure"),
        ("Minutes pdf icon PDF 100 KB", "Minutes"),
        ("Scrutiny Review pdf icon PDF 3 MB and its appendix docx icon DOCX 41 KB", "Scrutiny Review and its appendix"),
        ("pdf icon PDF 1.2 MB", ""),
    ])
    func removed(line: String, clean: String) {
        #expect(InlineCleaner.clean(line) == clean)
    }

    @Test(arguments: [("67 Annual Report pdf icon PDF 73 KB", true), ("Click the pdf icon to open", false)])
    func aLineThatHadABadgeLinksADocument(line: String, links: Bool) {
        let clean = LineNormaliser.normalise(SourceLine(number: 1, text: line))
        #expect(clean.linksDocument == links)
    }

    @Test("text that only looks like a badge stays", arguments: [
        "The app icon PDF guide is 9 KB long",
        "Click the pdf icon to open",
        "pdf icon PDF large KB",
        "An icon of the service",
    ])
    func kept(line: String) {
        #expect(InlineCleaner.clean(line) == line)
    }
}
