import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file to convert: where it is, and its path relative to the input it was found under.
public struct BatchInput: Sendable, Equatable {
    public var url: URL
    /// `a/b/name.xml` for `ROOT/a/b/name.xml`; just the name for a file given directly.
    public var relativePath: String
    /// Why the input cannot be read at all (a name that is not UTF-8, a folder that cannot be
    /// listed): it is reported as failed with this reason, never skipped in silence.
    public var problem: LiaisonError?

    public init(url: URL, relativePath: String, problem: LiaisonError? = nil) {
        self.url = url
        self.relativePath = relativePath
        self.problem = problem
    }
}

/// Walks `liaison batch` inputs: folders recursively in name order (one folder listed at a time),
/// files given directly as they are. Hidden and temporary files are skipped, and inside folders
/// only names with a referral extension (`.xml`, `.cda`...) are taken; folder symlinks are not
/// followed, so a link loop cannot trap the walk.
public struct InputWalker: Sendable {
    public var inputs: [URL]

    public init(inputs: [URL]) { self.inputs = inputs }

    /// Checks that every input exists, so a typo is a usage error before any work starts.
    public func validate() throws {
        for input in inputs where !FileManager.default.fileExists(atPath: input.path) {
            throw LiaisonError(
                .usage, "no such file or folder", at: SourceLocation(file: input.path),
                hint: "check the path given to 'liaison batch'")
        }
    }

    /// Calls `body` for every input file, in a stable order, each once: an input given twice,
    /// or inside a folder also given, is walked with that folder only.
    public func forEach(_ body: (BatchInput) throws -> Void) rethrows {
        for input in distinctInputs() {
            if isFolder(input, followLinks: true) {
                try walk(input, prefix: "", body)
            } else {
                try body(BatchInput(url: input, relativePath: input.lastPathComponent))
            }
        }
    }

    func distinctInputs() -> [URL] {
        let paths = inputs.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        let folders = paths.indices.filter { isFolder(inputs[$0], followLinks: true) }.map { paths[$0] }
        return inputs.indices.filter { i in
            let path = paths[i]
            if paths[..<i].contains(path) { return false }
            return !folders.contains { $0 != path && path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }.map { inputs[$0] }
    }

    private func walk(_ folder: URL, prefix: String, _ body: (BatchInput) throws -> Void) rethrows {
        guard let listing = FolderListing(folder) else {
            let error = FileOps.ioError(
                "cannot list the folder", folder.path, errno, hint: "check its permissions, then run the batch again")
            return try body(BatchInput(url: folder, relativePath: prefix, problem: error))
        }
        for name in listing.names where !NameRules.isIgnored(name) {
            let url = folder.appendingPathComponent(name)
            if isFolder(url, followLinks: false) {
                try walk(url, prefix: prefix + name + "/", body)
            } else if NameRules.looksLikeReferral(name), !isFolder(url, followLinks: true) {
                // (a link to a folder is neither walked nor read)
                try body(BatchInput(url: url, relativePath: prefix + name))
            }
        }
        for raw in listing.unreadableNames {
            let name = FileName.escapingInvalidUTF8(raw)
            guard !NameRules.isIgnored(name), NameRules.looksLikeReferral(name) else { continue }
            let error = LiaisonError(
                .unsupportedInput, "its name is not UTF-8 text; bytes that are not are shown as %XX",
                at: SourceLocation(file: folder.appendingPathComponent(name).path),
                hint: "rename it with a name in plain letters, then run the batch again")
            try body(BatchInput(url: folder.appendingPathComponent(name), relativePath: prefix + name, problem: error))
        }
    }

    private func isFolder(_ url: URL, followLinks: Bool) -> Bool {
        var info = stat()
        let found = followLinks ? stat(url.path, &info) : lstat(url.path, &info)
        return found == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
