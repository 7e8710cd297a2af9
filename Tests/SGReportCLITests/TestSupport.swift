import Foundation
import SGReportCore
import Testing

@testable import SGReportCLI

/// Paths in the repository, found from this file's location.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures/reports")

    static func fixture(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()
        let name = try #require(names.first { $0.hasPrefix(prefix) }, "no fixture starting \(prefix)")
        return fixtures.appendingPathComponent(name).path
    }

    static var fixturePaths: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { fixtures.appendingPathComponent($0).path }
    }
}

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sgreport-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A renderer that records what reached it: one line per document, "view format source".
/// Renders each file as one line naming what reached the renderer; the join keeps argument order.
let recordingRenderer = Runner.Rendering(
    part: { d, view, format, options, _ in
        .text("\(view.rawValue) \(format.rawValue) colour=\(options.colour) verbose=\(options.verbose) \(d.source)\n")
    },
    join: { parts, _, _, _ in
        parts.map { if case .text(let s) = $0 { s } else { "" } }.joined()
    })
