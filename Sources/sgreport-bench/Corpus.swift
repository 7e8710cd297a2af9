import Foundation

/// The benchmark's input: the fixture reports, one by one or concatenated and repeated.
struct Corpus {
    let files: [(name: String, bytes: [UInt8])]

    init(directory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        files = names.compactMap { name in
            FileManager.default.contents(atPath: directory + "/" + name).map { (name, [UInt8]($0)) }
        }
    }

    var totalBytes: Int { files.reduce(0) { $0 + $1.bytes.count } }

    /// All reports end to end, `times` over: one large document, to show cost grows linearly.
    func repeated(_ times: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(totalBytes * times + times * files.count)
        for _ in 0..<times {
            for file in files {
                out += file.bytes
                out.append(0x0A)
            }
        }
        return out
    }
}
