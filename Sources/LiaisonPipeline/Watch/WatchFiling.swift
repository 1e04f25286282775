import Foundation
import LiaisonKit
import LiaisonModel
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The steps of ``WatchProcessor`` that move files: outputs into `outbox/`, originals into
/// `archive/` or `failed/`, or back into the inbox.
extension WatchProcessor {
    /// Writes the outputs as a folder named after the document, recorded before it exists.
    /// An outbox that refuses writing gives the file back and stops the watcher; a full disk
    /// leaves it claimed, to be retried.
    func writeOutputs(_ entry: inout WatchRecord, _ files: [RenderedFile], plan: Plan.Status, file: URL) throws {
        let stem = (entry.originalName as NSString).deletingPathExtension
        do {
            let first = OutputFolder.firstFree(stem.isEmpty ? entry.originalName : stem, in: layout.outbox)
            entry.outputFolder = first.lastPathComponent
            try PipelineFault.retryable { try ledger.update(entry) }
            let folder = try OutputFolder.fill(first, with: files, tag: tag(entry), plan: plan, durable: true) {
                [entry] url in
                var moved = entry
                moved.outputFolder = url.lastPathComponent
                try ledger.update(moved)
            }
            entry.outputFolder = folder.lastPathComponent
        } catch let error as LiaisonError {
            if let name = entry.outputFolder {
                _ = OutputFolder.discardPartial(layout.outbox.appendingPathComponent(name), tag: tag(entry))
            }
            entry.outputFolder = nil
            if let code = Outbox.probe(layout.outbox), !PipelineFault.isTransient(code) {
                _ = try giveBack(entry, file: file, because: "the outbox cannot be written")
                throw PipelineFault.outboxUnwritable(error)
            }
            throw PipelineFault.transient(error)
        }
    }

    /// Removes this document's finished outputs (its file changed after they were written).
    func discardOutputs(_ entry: inout WatchRecord) throws {
        guard let name = entry.outputFolder else { return }
        OutputFolder.remove(layout.outbox.appendingPathComponent(name), tag: tag(entry))
        entry.outputFolder = nil
        try PipelineFault.retryable { try ledger.update(entry) }
    }

    /// Moves the original to `archive/` or `failed/` (never over an existing name) and marks the
    /// entry done. The chosen name is recorded before the move, so a resumed call recognises a
    /// move that already happened (same inode) instead of making a second copy. A failure while
    /// filing is the system's, not the document's: it is retried.
    func settle(_ entry: inout WatchRecord, file: URL) throws {
        try PipelineFault.retryable {
            let outcome = entry.outcome ?? .failed
            if FileOps.exists(file) {
                let placed = entry.archivedAs.map { layout.absolute($0) }
                if placed == nil || !FileOps.sameFile(file, placed!) {
                    try place(&entry, file: file, in: outcome == .failed ? layout.failed : layout.archive)
                }
                if !FileOps.isFolder(file) { unlink(file.path) }
                AtomicWriter.syncFolder(file.deletingLastPathComponent())
            }
            if outcome == .failed, let placed = entry.archivedAs, FileOps.exists(layout.absolute(placed)) {
                try writeErrorNote(entry, placed: placed)
            }
            entry.status = outcome
            entry.finishedAt = Date()
            try ledger.update(entry)
        }
        log(entry)
    }

    func place(_ entry: inout WatchRecord, file: URL, in folder: URL) throws {
        for n in 1...100_000 {
            let target = folder.appendingPathComponent(FileName.numbered(entry.originalName, n))
            if FileOps.exists(target) { continue }
            entry.archivedAs = layout.relative(target)
            try ledger.update(entry)
            if try FileOps.placeNoReplace(file, at: target) {
                AtomicWriter.syncFolder(folder)
                return
            }
        }
        throw LiaisonError(.io, "too many files named \(entry.originalName)", at: SourceLocation(file: folder.path))
    }

    /// `failed/NAME.error.txt` beside a failed original (a shortened name when NAME is too long
    /// for the suffix; the note names the original in full).
    func writeErrorNote(_ entry: WatchRecord, placed: String) throws {
        let url = layout.absolute(placed)
        let note = url.deletingLastPathComponent().appendingPathComponent(
            FileName.errorNote(for: url.lastPathComponent, id: entry.id))
        let text =
            "\(FileName.printable(entry.originalName)) could not be converted (ledger id \(entry.id ?? 0)).\n"
            + "Reason: \(entry.error ?? "unknown")\n"
            + "What to do: fix or replace the file and drop it into inbox again; Liaison does not retry it by itself.\n"
        try AtomicWriter.write(Data(text.utf8), to: note)
    }

    func log(_ entry: WatchRecord) {
        let status = entry.status.rawValue
        var metadata = meta(entry, ["to": "\(FileName.printable(entry.archivedAs ?? ""))"])
        if let plan = entry.plan { metadata["plan"] = "\(plan.rawValue)" }
        if entry.duplicateOf != nil { metadata["of"] = "\(entry.duplicateOf ?? 0)" }
        switch entry.plan {
        case .referBack where entry.status == .ok:
            logger.warning(
                "\(status): REFER BACK: red-flag alert letter written; the client must see the provider first",
                metadata: metadata)
        case .needsReview where entry.status == .ok:
            logger.warning("\(status): NEEDS REVIEW: the plan waits for the provider's answers", metadata: metadata)
        default:
            logger.info("\(status)", metadata: metadata)
        }
    }

    /// Runs `--on-alert` for a refer-back letter whose command has not run yet, and records
    /// how it went. Its failure is logged; the document stays done.
    func runAlert(_ entry: inout WatchRecord) {
        guard entry.alert == "pending", let alert, let folder = entry.outputFolder else { return }
        let failure = alert.run(for: layout.outbox.appendingPathComponent(folder), ledgerID: entry.id)
        entry.alert = failure.map { "failed: \($0)" } ?? "sent"
        if let failure {
            logger.error("--on-alert failed: \(failure); the letter is in the outbox", metadata: meta(entry))
        } else {
            logger.info("--on-alert ran", metadata: meta(entry))
        }
        do {
            try ledger.update(entry)
        } catch {
            logger.error("cannot record the --on-alert result in the ledger", metadata: meta(entry))
        }
    }

    /// Returns a claimed file to the inbox under its original name and forgets the entry.
    /// The file moves first: a crash in between leaves a row whose file is gone from the working
    /// folder, which recovery forgets (``forget(_:)``).
    func giveBack(_ entry: WatchRecord, file: URL, because reason: String) throws -> ProcessResult {
        try PipelineFault.retryable {
            _ = try FileOps.moveUnique(file, into: layout.inbox, name: entry.originalName)
            _ = try ledger.write { db in try entry.delete(db) }
        }
        logger.notice("back to the inbox: \(reason); it will be taken again", metadata: meta(entry))
        return .givenBack(reason: reason)
    }

    /// An entry whose claimed file is not in the working folder and that was never filed: the
    /// claim was interrupted before the file moved, or the file went back to the inbox. Its
    /// partial output is removed and the row deleted; the file is wherever it was.
    func forget(_ entry: WatchRecord) throws -> ProcessResult {
        try PipelineFault.retryable {
            if let name = entry.outputFolder {
                OutputFolder.remove(layout.outbox.appendingPathComponent(name), tag: tag(entry))
            }
            _ = try ledger.write { db in try entry.delete(db) }
        }
        logger.info("forgot an unfinished claim whose file was never moved", metadata: meta(entry))
        return .givenBack(reason: "the file was never claimed")
    }
}

/// Checking that the outbox can be written.
enum Outbox {
    /// Nil when a folder can be created in `outbox`, else the error number.
    static func probe(_ outbox: URL) -> Int32? {
        let probe = outbox.appendingPathComponent(".liaison-probe-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard mkdir(probe.path, 0o700) == 0 else { return errno }
        rmdir(probe.path)
        return nil
    }
}
