import Foundation
import LiaisonExport
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one document's outputs as a folder that appears complete or not at all.
///
/// The final name is chosen, recorded by the caller (the ledger) and only then reserved with an
/// exclusive `mkdir` (so nothing existing is ever reused: a second letter for `name` goes to
/// `name-2`); the files are written into a hidden partial folder beside it (mode 0600 inside
/// 0700) with an owner tag, optionally flushed, and the partial folder is renamed over the empty
/// reservation. A crash leaves the recorded name with no folder, the empty reservation, or a
/// `.NAME.TAG.partial` folder; ``discardPartial(_:tag:)`` tells these from finished outputs.
public enum OutputFolder {
    /// The hidden file in every finished output folder naming the ledger entry that wrote it.
    static let ownerFile = ".liaison-owner"

    /// Reserves a fresh folder for `name` in `parent`: `name`, else `name-2`, `name-3`...
    /// `record` is called with each candidate before it is created, so that after a crash the
    /// ledger knows the name and recovery never makes a second folder for the same document.
    public static func reserve(_ name: String, in parent: URL, record: (URL) throws -> Void) throws -> URL {
        try FileOps.makeFolder(parent)
        for n in 1...100_000 {
            let url = parent.appendingPathComponent(n == 1 ? name : "\(name)-\(n)")
            if FileManager.default.fileExists(atPath: url.path) { continue }
            try record(url)
            if try create(url) { return url }
        }
        throw LiaisonError(.io, "too many output folders named \(name)", at: SourceLocation(file: parent.path))
    }

    /// The name ``reserve(_:in:record:)`` would try first: `name`, else the first free `name-N`.
    /// A caller that records it together with other ledger changes then calls ``create(_:)``,
    /// and ``reserve(_:in:record:)`` when another process took the name meanwhile.
    public static func firstFree(_ name: String, in parent: URL) -> URL {
        var url = parent.appendingPathComponent(name)
        var n = 1
        while FileManager.default.fileExists(atPath: url.path) {
            n += 1
            url = parent.appendingPathComponent("\(name)-\(n)")
        }
        return url
    }

    /// Creates the (recorded) folder `url` exclusively; false when the name is already taken.
    public static func create(_ url: URL) throws -> Bool {
        if mkdir(url.path, 0o700) == 0 { return true }
        if errno == EEXIST { return false }
        throw FileOps.ioError("cannot create the output folder", url.path)
    }

    /// Fills the reserved (empty) `folder` with `files`. `tag` names the partial folder so
    /// recovery can find it; `durable` flushes every file and folder before returning.
    public static func fill(_ folder: URL, with files: [RenderedFile], tag: String, durable: Bool) throws {
        let parent = folder.deletingLastPathComponent()
        let target = folder.path
        let partial = partialPath(for: target, tag: tag)
        if mkdir(partial, 0o700) != 0 { throw FileOps.ioError("cannot create a folder", partial) }
        var done = false
        defer { if !done { try? FileManager.default.removeItem(atPath: partial) } }
        for file in files {
            try write(file.data, to: partial + "/" + file.artifact.fileName, durable: durable)
        }
        try write(Array(tag.utf8), to: partial + "/" + ownerFile, durable: durable)
        if durable { FileOps.syncFolder(URL(fileURLWithPath: partial)) }
        // rename(2) replaces an empty folder atomically; a non-empty one makes it fail.
        if rename(partial, target) != 0 {
            throw FileOps.ioError("cannot move outputs into place", target)
        }
        done = true
        if durable { FileOps.syncFolder(parent) }
    }

    /// Removes what an interrupted ``fill(_:with:tag:durable:)`` left: the partial folder and
    /// the reservation when it is still empty. Returns true when `folder` holds the finished
    /// outputs written under `tag`; a folder another document finished is left alone (false).
    public static func discardPartial(_ folder: URL, tag: String) -> Bool {
        try? FileManager.default.removeItem(atPath: partialPath(for: folder.path, tag: tag))
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return false }
        if entries.isEmpty {
            rmdir(folder.path)
            return false
        }
        let owner = try? String(contentsOf: folder.appendingPathComponent(ownerFile), encoding: .utf8)
        return owner == tag
    }

    /// `PARENT/.NAME.TAG.partial` for the folder `PARENT/NAME`.
    static func partialPath(for folder: String, tag: String) -> String {
        let slash = folder.lastIndex(of: "/").map { folder.index(after: $0) } ?? folder.startIndex
        return "\(folder[..<slash]).\(folder[slash...]).\(tag).partial"
    }

    static func write(_ bytes: [UInt8], to path: String, durable: Bool) throws {
        try AtomicWriter.createNew(bytes, atPath: path, permissions: 0o600, durable: durable)
    }
}
