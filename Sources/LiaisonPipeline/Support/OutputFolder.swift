import CFileSystem
import Foundation
import LiaisonKit
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one document's outputs as a folder that appears complete or not at all.
///
/// The caller chooses the final name (``firstFree(_:in:)``) and records it in the ledger before
/// anything is written. The files go into a hidden partial folder beside it,
/// `.liaison-TAG.partial` (mode 0600 inside 0700), with an owner tag naming the ledger entry (an
/// extended attribute of the folder, or a hidden file where the file system has none);
/// they are optionally flushed, and the partial folder is renamed to the final name only if that
/// name is still free (``FileOps/renameNoReplace(_:to:)``): nothing existing is ever replaced,
/// and a name taken meanwhile moves the outputs to the next free `name-N`, recorded first.
///
/// A crash leaves the recorded name with no folder, or a partial folder;
/// ``discardPartial(_:tag:)`` tells these from finished outputs.
public enum OutputFolder {
    /// The hidden file naming the ledger entry that wrote a finished output folder (first line)
    /// and the plan's status (second line), on file systems without extended attributes (and in
    /// folders of earlier versions). The status lets a run interrupted before the ledger learnt
    /// how the document went still report, and alert, a refer-back plan.
    static let ownerFile = ".liaison-owner"
    /// The extended attribute that holds the same otherwise: one inode fewer per document.
    static let ownerAttribute = "user.liaison-owner"

    /// The first free name for `name` in `parent`: `name`, else `name-2`, `name-3`...
    /// A name is taken by anything there, a dangling symbolic link included. (A name that
    /// cannot be checked counts as free: creating it then reports why.)
    public static func firstFree(_ name: String, in parent: URL) -> URL {
        var url = parent.appendingPathComponent(FileName.fitting(name))
        var n = 1
        while isTaken(url.path) {
            n += 1
            url = parent.appendingPathComponent(FileName.fitting(name, adding: "-\(n)"))
        }
        return url
    }

    static func isTaken(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Writes `files` and places them at `folder`, a name already recorded by the caller; when
    /// another writer took that name meanwhile, at the next free one, passed to `record` before
    /// the move. `tag` names the partial folder and the owner tag; `plan` is kept beside it;
    /// `durable` flushes every file and folder before returning. Returns where the outputs are.
    @discardableResult
    public static func fill(
        _ folder: URL, with files: [RenderedFile], tag: String, plan: Plan.Status? = nil, durable: Bool,
        record: (URL) throws -> Void = { _ in }
    ) throws -> URL {
        let parent = folder.deletingLastPathComponent()
        try FileOps.makeFolder(parent)
        let partial = partialPath(for: folder.path, tag: tag)
        if mkdir(partial, 0o700) != 0 { throw FileOps.ioError("cannot create a folder", partial) }
        var done = false
        defer { if !done { try? FileManager.default.removeItem(atPath: partial) } }
        for file in files {
            try write(file.data, to: partial + "/" + file.artifact.fileName, durable: durable)
        }
        let owner = plan.map { "\(tag)\n\($0.rawValue)" } ?? tag
        if liaison_set_attribute(partial, ownerAttribute, owner, UInt(owner.utf8.count)) != 0 {
            try write(Array(owner.utf8), to: partial + "/" + ownerFile, durable: durable)
        }
        if durable { AtomicWriter.syncFolder(URL(fileURLWithPath: partial)) }
        var target = folder
        var attempts = 0
        while !(try FileOps.renameNoReplace(partial, to: target.path)) {
            attempts += 1
            guard attempts < 1000 else {
                throw LiaisonError(
                    .io, "no free name for the output folder", at: SourceLocation(file: folder.path),
                    hint: "another program keeps creating folders of this name; stop it and run again")
            }
            target = firstFree(folder.lastPathComponent, in: parent)
            try record(target)
        }
        done = true
        if durable { AtomicWriter.syncFolder(parent) }
        return target
    }

    /// Removes what an interrupted ``fill(_:with:tag:durable:record:)`` left: its partial
    /// folder, and an empty folder at the recorded name (a reservation made by the fallback of
    /// ``FileOps/renameNoReplace(_:to:)``). Returns true when `folder` holds the finished outputs
    /// written under `tag`; a folder another document finished is left alone (false).
    public static func discardPartial(_ folder: URL, tag: String) -> Bool {
        try? FileManager.default.removeItem(atPath: partialPath(for: folder.path, tag: tag))
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return false }
        if entries.isEmpty {
            rmdir(folder.path)
            return false
        }
        return ownerLines(of: folder.path).first == tag
    }

    /// The plan's status recorded in the finished folder `folder`, if any.
    public static func finishedPlan(_ folder: URL) -> Plan.Status? {
        let lines = ownerLines(of: folder.path)
        return lines.count > 1 ? Plan.Status(rawValue: lines[1]) : nil
    }

    /// The owner record of a finished output folder, its extended attribute, else its owner
    /// file, as lines: the tag, then the plan's status where it was recorded.
    static func ownerLines(of folder: String) -> [String] {
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = liaison_get_attribute(folder, ownerAttribute, &buffer, UInt(buffer.count))
        let text =
            count >= 0
            ? String(decoding: buffer.prefix(Int(count)), as: UTF8.self)
            : (try? String(contentsOf: URL(fileURLWithPath: folder + "/" + ownerFile), encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Removes the finished folder `folder` if it was written under `tag` (and its partial
    /// folder); another document's outputs are left alone.
    public static func remove(_ folder: URL, tag: String) {
        if discardPartial(folder, tag: tag) { try? FileManager.default.removeItem(at: folder) }
    }

    /// The artifacts present in a finished output folder, in their fixed order.
    public static func artifacts(in folder: URL) -> [Artifact] {
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        return Artifact.allCases.filter { present.contains($0.fileName) }
    }

    /// `PARENT/.liaison-TAG.partial` for the folder `PARENT/NAME`: named after the ledger entry,
    /// not the name, so it is found again whichever name the outputs end up under.
    static func partialPath(for folder: String, tag: String) -> String {
        let slash = folder.lastIndex(of: "/").map { folder.index(after: $0) } ?? folder.startIndex
        return "\(folder[..<slash]).liaison-\(tag).partial"
    }

    static func write(_ bytes: [UInt8], to path: String, durable: Bool) throws {
        try AtomicWriter.createNew(bytes, atPath: path, permissions: 0o600, durable: durable)
    }
}
