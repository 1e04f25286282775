import Foundation
import LiaisonExport
import LiaisonImport
import LiaisonModel
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Takes one claimed file to its end: outputs in `outbox/`, the original in `archive/`, or the
/// original in `failed/` with its reason. Every step is recorded in the ledger before it is
/// done, so ``process(_:file:)`` can be called again on the same entry after a crash at any
/// moment and finishes the work exactly once.
public struct WatchProcessor: Sendable {
    public let layout: WatchLayout
    public let ledger: Ledger
    public let converter: any DocumentConverter
    public let artifacts: [Artifact]
    /// Convert files whose content is already done instead of recording them as duplicates.
    public let reprocess: Bool
    public let logger: Logger

    public init(
        layout: WatchLayout, ledger: Ledger, converter: any DocumentConverter, artifacts: [Artifact],
        reprocess: Bool = false, logger: Logger = Logger(label: "liaison.watch")
    ) {
        self.layout = layout
        self.ledger = ledger
        self.converter = converter
        self.artifacts = artifacts
        self.reprocess = reprocess
        self.logger = logger
    }

    /// Records a freshly claimed file in the ledger.
    public func record(claimed file: URL) throws -> LedgerEntry {
        try ledger.insert(
            LedgerEntry(originalName: ClaimFolder.originalName(of: file), sourcePath: layout.relative(file)))
    }

    /// Processes (or resumes) `entry`, whose claimed copy is `file`. Throws only when the
    /// outbox cannot be written: the file is then back in the inbox and the watcher must stop.
    public func process(_ entry: LedgerEntry, file: URL) throws {
        var entry = entry
        guard entry.outcome == nil else { return try settle(&entry, file: file) }
        if let folder = entry.outputFolder {
            if OutputFolder.discardPartial(layout.outbox.appendingPathComponent(folder), tag: tag(entry)) {
                entry.outcome = .ok
                return try settle(&entry, file: file)
            }
            entry.outputFolder = nil
        }
        do {
            try convert(&entry, file: file)
        } catch let error as LiaisonError {
            entry.outcome = .failed
            entry.error = error.inFile(entry.originalName).description
        }
        try settle(&entry, file: file)
    }

    func convert(_ entry: inout LedgerEntry, file: URL) throws {
        if FileManager.default.isFolder(file) {
            throw LiaisonError(
                .unsupportedInput, "is a folder, not a referral file",
                hint: "move the files inside it into inbox one by one")
        }
        let data = try FileOps.read(file)
        entry.sha256 = ContentHash.sha256(data)
        entry.size = Int64(data.count)
        if !reprocess, let original = try ledger.done(sha256: entry.sha256!, excluding: entry.id) {
            entry.outcome = .duplicate
            entry.duplicateOf = original.id
            logger.info("duplicate", metadata: meta(entry, ["of": "\(original.id ?? 0)"]))
            return
        }
        let files = try converter.convert(
            data, sha256: entry.sha256!, path: entry.originalName, artifacts: artifacts)
        let stem = (entry.originalName as NSString).deletingPathExtension
        do {
            // The ledger learns the folder's name before the folder exists (see OutputFolder).
            let first = OutputFolder.firstFree(stem.isEmpty ? entry.originalName : stem, in: layout.outbox)
            entry.outputFolder = first.lastPathComponent
            try ledger.update(entry)
            let folder = try OutputFolder.fill(first, with: files, tag: tag(entry), durable: true) { url in
                entry.outputFolder = url.lastPathComponent
                try ledger.update(entry)
            }
            entry.outputFolder = folder.lastPathComponent
        } catch let error as LiaisonError {
            if let name = entry.outputFolder {
                _ = OutputFolder.discardPartial(layout.outbox.appendingPathComponent(name), tag: tag(entry))
            }
            try giveBack(entry, file: file)
            throw OutboxUnwritable(error: error)
        }
        entry.outcome = .ok
        entry.outputs = files.map(\.artifact.fileName).joined(separator: ",")
    }

    /// Moves the original to `archive/` or `failed/` (never over an existing name) and marks the
    /// entry done. The chosen name is recorded before the move, so a resumed call recognises a
    /// move that already happened (same inode) instead of making a second copy.
    func settle(_ entry: inout LedgerEntry, file: URL) throws {
        let outcome = entry.outcome ?? .failed
        let folder = outcome == .failed ? layout.failed : layout.archive
        if FileManager.default.fileExists(atPath: file.path) {
            let placed = entry.archivedAs.map { layout.absolute($0) }
            if placed == nil || !FileOps.sameFile(file, placed!) {
                try place(&entry, file: file, in: folder)
            }
            if outcome == .failed, let placed = entry.archivedAs {
                let text =
                    "\(entry.originalName) could not be converted (ledger id \(entry.id ?? 0)).\n"
                    + "Reason: \(entry.error ?? "unknown")\n"
                    + "What to do: fix or replace the file and drop it into inbox again; Liaison does not retry it by itself.\n"
                try AtomicWriter.write(Data(text.utf8), to: layout.absolute(placed + ".error.txt"))
            }
            if !FileManager.default.isFolder(file) { unlink(file.path) }
            AtomicWriter.syncFolder(file.deletingLastPathComponent())
        }
        entry.status = outcome
        entry.finishedAt = Date()
        try ledger.update(entry)
        logger.info("\(outcome.rawValue)", metadata: meta(entry, ["to": "\(entry.archivedAs ?? "")"]))
    }

    func place(_ entry: inout LedgerEntry, file: URL, in folder: URL) throws {
        for n in 1...100_000 {
            let target = folder.appendingPathComponent(FileOps.numbered(entry.originalName, n))
            if FileManager.default.fileExists(atPath: target.path) { continue }
            entry.archivedAs = layout.relative(target)
            try ledger.update(entry)
            if try FileOps.placeNoReplace(file, at: target) {
                AtomicWriter.syncFolder(folder)
                return
            }
        }
        throw LiaisonError(.io, "too many files named \(entry.originalName)", at: SourceLocation(file: folder.path))
    }

    /// Returns a claimed file to the inbox (the outbox cannot be written) and forgets the entry.
    func giveBack(_ entry: LedgerEntry, file: URL) throws {
        // Forget first: a crash in between leaves an unrecorded claimed file, which recovery takes.
        _ = try ledger.write { db in try entry.delete(db) }
        _ = try FileOps.moveUnique(file, into: layout.inbox, name: entry.originalName)
    }

    func tag(_ entry: LedgerEntry) -> String { "L\(entry.id ?? 0)" }

    func meta(_ entry: LedgerEntry, _ extra: Logger.Metadata = [:]) -> Logger.Metadata {
        extra.merging(["ledger": "\(entry.id ?? 0)", "file": "\(entry.originalName)"]) { a, _ in a }
    }
}

/// The outbox could not be written: not the document's fault, so it is not failed; it is back
/// in the inbox and the watcher stops with ``error``.
public struct OutboxUnwritable: Error {
    public var error: LiaisonError
}

extension FileManager {
    func isFolder(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}
