import Foundation
@testable import SGReportCore

/// The bundled reports under `Fixtures/reports`, read the way the CLI reads them.
enum FixtureFile: String, CaseIterable, CustomStringConvertible {
    case earlyHelp = "worcestershire-early-help-partnership-annual-report-2021-22.txt"
    case wscb = "worcestershire-safeguarding-children-board-annual-report-2016-17.txt"
    case worcestershireAgenda = "worcestershire-children-families-scrutiny-agenda-2022-05-10.txt"
    case herefordshireAgenda = "herefordshire-children-young-people-scrutiny-agenda-2020-06-02.txt"
    case walsall = "walsall-safeguarding-children-partnership-annual-report-2019-20.txt"

    var description: String { rawValue }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reports")

    var bytes: [UInt8] {
        let data = FileManager.default.contents(atPath: Self.directory.appendingPathComponent(rawValue).path) ?? Data()
        return [UInt8](data)
    }

    var document: Document { (try? ReportParser.parse(bytes)) ?? Document(report: .empty) }
    var structure: ParsedText { (try? ReportParser.structure(bytes)) ?? ParsedText(lines: []) }
}
