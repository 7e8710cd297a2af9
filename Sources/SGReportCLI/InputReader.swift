import Foundation

/// One input as read: its source name ("-" for standard input) and its bytes, or why it could not be read.
public struct Input: Sendable, Equatable {
    public let source: String
    public let bytes: Result<[UInt8], CLIError>

    public init(source: String, bytes: Result<[UInt8], CLIError>) {
        self.source = source
        self.bytes = bytes
    }
}

/// An input named by the arguments but not read yet: a file to read, or an input already settled
/// (standard input's bytes, or why the argument cannot be read).
public enum PendingInput: Sendable, Equatable {
    case file(String)
    case ready(Input)
}

/// Turns FILE arguments into inputs: files as given, directories as their `*.txt` files, `-` as standard input.
public struct InputReader: Sendable {
    /// Reads all of standard input; called at most once per run, however many times `-` is given.
    public var readStandardInput: @Sendable () -> [UInt8]

    public init(readStandardInput: @escaping @Sendable () -> [UInt8] = InputReader.standardInput) {
        self.readStandardInput = readStandardInput
    }

    public static let standardInput: @Sendable () -> [UInt8] = {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    /// Every input in order, read now; no arguments means standard input.
    public func read(_ arguments: [String]) -> [Input] {
        resolve(arguments).map(load)
    }

    /// Every input in order, not yet read: directories are expanded and standard input is read (once, however
    /// many times `-` is given), but files are only named, so `load` can read each where and when it is needed.
    public func resolve(_ arguments: [String]) -> [PendingInput] {
        var stdin: [UInt8]?
        var inputs: [PendingInput] = []
        for argument in arguments.isEmpty ? ["-"] : arguments {
            if argument == "-" {
                let bytes = stdin ?? readStandardInput()
                stdin = bytes
                inputs.append(.ready(Input(source: "-", bytes: .success(bytes))))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                inputs.append(.ready(failure(argument, "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                inputs += expand(directory: argument)
            } else {
                inputs.append(.file(argument))
            }
        }
        return inputs
    }

    /// The input itself: a named file is read now; the others were settled by `resolve`.
    public func load(_ pending: PendingInput) -> Input {
        switch pending {
        case .file(let path): return readFile(path)
        case .ready(let input): return input
        }
    }

    /// The `*.txt` files under `directory`, recursively, sorted by path; hidden files and folders are skipped.
    func expand(directory: String) -> [PendingInput] {
        guard FileManager.default.isReadableFile(atPath: directory),
              let enumerator = FileManager.default.enumerator(atPath: directory)
        else { return [.ready(failure(directory, "permission denied"))] }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let path = base + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if name.hasPrefix(".") {
                if isDirectory.boolValue { enumerator.skipDescendants() }
                continue
            }
            if !isDirectory.boolValue, (name as NSString).pathExtension.lowercased() == "txt" {
                paths.append(path)
            }
        }
        guard !paths.isEmpty else { return [.ready(failure(directory, "no .txt files in this directory"))] }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(PendingInput.file)
    }

    /// Reads through a file handle, so pipes (`<(cmd)`, /dev/stdin) work as well as regular files.
    func readFile(_ path: String) -> Input {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            let data = try handle.readToEnd() ?? Data()
            return Input(source: path, bytes: .success([UInt8](data)))
        } catch {
            return failure(path, Self.reason(error))
        }
    }

    /// "no such file or directory", "permission denied": the system's words for the underlying POSIX error.
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        let posix = nsError.domain == NSPOSIXErrorDomain ? nsError : nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        guard let posix, posix.domain == NSPOSIXErrorDomain else { return "cannot be read (\(nsError.localizedDescription))" }
        let text = String(cString: strerror(Int32(posix.code)))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    private func failure(_ source: String, _ message: String) -> Input {
        Input(source: source, bytes: .failure(.unreadable(source: source, line: nil, message: message)))
    }
}
