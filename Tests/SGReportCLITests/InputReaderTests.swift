import Foundation
import Testing

@testable import SGReportCLI

@Suite struct InputReaderTests {
    let reader = InputReader(readStandardInput: { Array("from stdin\n".utf8) })

    func sources(_ inputs: [Input]) -> [String] { inputs.map(\.source) }

    @Test func directoryExpandsToSortedTxtFilesRecursively() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("b.txt", "b\n")
        try dir.write("a.txt", "a\n")
        try dir.write("notes.md", "not a report\n")
        try dir.write("sub/c.txt", "c\n")
        try dir.write("sub/deeper/d.TXT", "d\n")
        try dir.write(".hidden.txt", "hidden\n")
        try dir.write(".git/e.txt", "hidden\n")
        let inputs = reader.read([dir.path])
        #expect(sources(inputs) == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.TXT"].map { dir.path + "/" + $0 })
        #expect(inputs.first?.bytes == .success(Array("a\n".utf8)))
        // A trailing slash does not double up.
        #expect(sources(reader.read([dir.path + "/"])).first == dir.path + "/a.txt")
    }

    @Test func directoryWithoutTxtIsAnInputError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("notes.md", "x\n")
        let inputs = reader.read([dir.path, "-"])
        #expect(inputs.count == 2)
        #expect(inputs[0].bytes == .failure(.unreadable(source: dir.path, line: nil, message: "no .txt files in this directory")))
        #expect(inputs[1].bytes == .success(Array("from stdin\n".utf8)))
    }

    @Test func missingFile() {
        let inputs = reader.read(["no/such/file.txt"])
        #expect(inputs == [Input(source: "no/such/file.txt", bytes: .failure(.unreadable(source: "no/such/file.txt", line: nil, message: "no such file or directory")))])
    }

    @Test(.enabled(if: getuid() != 0, "root reads everything"))
    func unreadableFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("secret.txt", "x\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        #expect(reader.read([path]).first?.bytes == .failure(.unreadable(source: path, line: nil, message: "permission denied")))
    }

    @Test func noArgumentsMeansStdin() {
        #expect(reader.read([]) == [Input(source: "-", bytes: .success(Array("from stdin\n".utf8)))])
    }

    @Test func filesKeepTheirOrder() throws {
        let fixtures = Repo.fixturePaths
        try #require(fixtures.count >= 2)
        let reversed = Array(fixtures.reversed())
        #expect(sources(reader.read(reversed)) == reversed)
    }

    /// Files are named first and read by the worker that parses them; the order of sources is unchanged.
    @Test func resolveNamesFilesAndLoadReadsThem() throws {
        let fixtures = Repo.fixturePaths
        try #require(fixtures.count >= 2)
        let pending = reader.resolve([fixtures[1], "missing.txt", "-", fixtures[0]])
        try #require(pending.count == 4)
        #expect(pending[0] == .file(fixtures[1]))
        #expect(pending[1] == .ready(Input(
            source: "missing.txt", bytes: .failure(.unreadable(source: "missing.txt", line: nil, message: "no such file or directory")))))
        #expect(pending[2] == .ready(Input(source: "-", bytes: .success(Array("from stdin\n".utf8)))))
        #expect(pending.map(reader.load) == reader.read([fixtures[1], "missing.txt", "-", fixtures[0]]))
    }
}
