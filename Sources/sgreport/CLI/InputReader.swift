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

    /// Every input in order; no arguments means standard input.
    public func read(_ arguments: [String]) -> [Input] {
        var stdin: [UInt8]?
        var inputs: [Input] = []
        for argument in arguments.isEmpty ? ["-"] : arguments {
            if argument == "-" {
                let bytes = stdin ?? readStandardInput()
                stdin = bytes
                inputs.append(Input(source: "-", bytes: .success(bytes)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                inputs.append(failure(argument, "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                inputs += expand(directory: argument)
            } else {
                inputs.append(readFile(argument))
            }
        }
        return inputs
    }

    /// The `*.txt` files under `directory`, recursively, sorted by path; hidden files and folders are skipped.
    func expand(directory: String) -> [Input] {
        guard FileManager.default.isReadableFile(atPath: directory),
              let enumerator = FileManager.default.enumerator(atPath: directory)
        else { return [failure(directory, "permission denied")] }
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
        guard !paths.isEmpty else { return [failure(directory, "no .txt files in this directory")] }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(readFile)
    }

    func readFile(_ path: String) -> Input {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return Input(source: path, bytes: .success([UInt8](data)))
        } catch let error as CocoaError {
            switch error.code {
            case .fileReadNoPermission: return failure(path, "permission denied")
            case .fileReadNoSuchFile, .fileNoSuchFile: return failure(path, "no such file or directory")
            default: return failure(path, "cannot be read (\(Self.reason(error)))")
            }
        } catch {
            return failure(path, "cannot be read (\(Self.reason(error)))")
        }
    }

    private static func reason(_ error: Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError {
            return posix.localizedDescription
        }
        return error.localizedDescription
    }

    private func failure(_ source: String, _ message: String) -> Input {
        Input(source: source, bytes: .failure(.unreadable(source: source, line: nil, message: message)))
    }
}
