import Foundation

/// A temporary folder for a test that runs the binary: files written into it, what it holds
/// afterwards (hidden files too, so a leftover temporary file shows), removed at the end.
public final class ScratchFolder {
    public let url: URL

    public init(_ name: String = #function) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `path` (relative, folders created) and returns its URL.
    @discardableResult
    public func write(_ text: String, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Copies the sample `name` to `path` and returns its URL.
    @discardableResult
    public func copySample(_ name: String, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.samples.appendingPathComponent(name), to: file)
        return file
    }

    /// Every path under the folder, relative and sorted, hidden ones included.
    public func contents() -> [String] {
        let paths = FileManager.default.subpaths(atPath: url.path) ?? []
        return paths.sorted()
    }

    /// `liaison` run with this folder as its working directory.
    public func run(_ arguments: [String]) throws -> CommandResult { try runLiaison(arguments, in: url) }
}

extension CommandResult {
    /// The standard error's lines.
    public var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
}
