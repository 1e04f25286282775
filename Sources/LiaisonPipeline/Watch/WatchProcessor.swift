import Foundation
import LiaisonKit
import LiaisonModel
import Logging

/// Takes one claimed file to its end: outputs in `outbox/`, the original in `archive/`, or the
/// original in `failed/` with its reason. Every step is recorded in the ledger before it is
/// done, so ``process(_:file:)`` can be called again on the same entry after a crash at any
/// moment and finishes the work exactly once.
///
/// Only what is wrong with the document itself sends it to `failed/`. A file that changes while
/// it is converted goes back to the inbox; a system that is out of file descriptors, memory or
/// disk space, or a failing ledger, leaves it claimed to be retried (``ProcessResult/retry``).
public struct WatchProcessor: Sendable {
    public let layout: WatchLayout
    public let ledger: Ledger
    public let converter: any DocumentConverter
    public let artifacts: [Artifact]
    /// Convert files whose content is already done instead of recording them as duplicates.
    public let reprocess: Bool
    /// Run for every refer-back letter (`--on-alert`).
    public let alert: AlertCommand?
    public let logger: Logger

    public init(
        layout: WatchLayout, ledger: Ledger, converter: any DocumentConverter, artifacts: [Artifact],
        reprocess: Bool = false, alert: AlertCommand? = nil, logger: Logger = Logger(label: "liaison.watch")
    ) {
        self.layout = layout
        self.ledger = ledger
        self.converter = converter
        self.artifacts = artifacts
        self.reprocess = reprocess
        self.alert = alert
        self.logger = logger
        AllocatorTuning.forLongRuns()
    }

    /// How far ``process(_:file:)`` took a document.
    public enum ProcessResult: Sendable, Equatable {
        /// In `archive/` or `failed/`, and recorded.
        case finished(WatchRecord)
        /// Still claimed: an error of the system; process `entry` again after a back-off.
        case retry(WatchRecord, reason: String)
        /// Still claimed: a document with the same content is being converted; process `entry`
        /// again once that one is done, to record this one as its duplicate.
        case wait(WatchRecord, reason: String)
        /// Back in the inbox (or never taken from it) and forgotten by the ledger.
        case givenBack(reason: String)
    }

    /// Records a file about to be claimed under `claimed`: the row exists before the file moves,
    /// so the original name is known whatever the claim's name and whenever a crash comes.
    public func record(name: String, claimed: URL) throws -> WatchRecord {
        try PipelineFault.retryable {
            try ledger.insert(WatchRecord(originalName: name, sourcePath: layout.relative(claimed)))
        }
    }

    /// Processes (or resumes) `entry`, whose claimed copy is `file`. Throws only a
    /// ``PipelineFault`` that stops the watcher: the outbox cannot be written (the file is then
    /// back in the inbox) or the ledger is gone.
    public func process(_ entry: WatchRecord, file: URL) throws -> ProcessResult {
        var entry = entry
        do {
            if entry.outcome == nil {
                guard FileOps.exists(file) else { return try forget(entry) }
                if !resumeFinished(&entry), let early = try convert(&entry, file: file) { return early }
            }
            try settle(&entry, file: file)
            runAlert(&entry)
            return .finished(entry)
        } catch PipelineFault.transient(let error) {
            guard ledger.isIntact else { throw PipelineFault.ledgerLost(ledger.lostError) }
            return .retry(entry, reason: shown(error, for: entry))
        }
    }

    /// An interrupted entry whose outputs were finished before the crash: `ok`, with the files
    /// found in its folder and the plan's status recorded there (a refer-back letter's
    /// `--on-alert` then runs, if it had not). Otherwise its partial output is removed and it is
    /// converted again.
    func resumeFinished(_ entry: inout WatchRecord) -> Bool {
        guard let folder = entry.outputFolder else { return false }
        let url = layout.outbox.appendingPathComponent(folder)
        guard OutputFolder.discardPartial(url, tag: tag(entry)) else {
            entry.outputFolder = nil
            return false
        }
        entry.outcome = .ok
        entry.outputs = OutputFolder.artifacts(in: url)
        // The ledger may not have learnt how the plan went: the folder says.
        entry.plan = entry.plan ?? OutputFolder.finishedPlan(url)
        if alert != nil, entry.alert == nil, entry.plan == .referBack { entry.alert = "pending" }
        return true
    }

    /// Reads, checks for duplicates, converts and writes the outputs; returns a result only
    /// when the document does not go on to be filed.
    func convert(_ entry: inout WatchRecord, file: URL) throws -> ProcessResult? {
        let content: InputFile.Content
        do {
            content = try InputFile.read(file, followLinks: false)
        } catch let error as LiaisonError {
            fail(&entry, error)
            return nil
        }
        guard case .read(let data, let identity) = content else {
            return try giveBack(entry, file: file, because: "it changed while it was read")
        }
        let sha = Workspace.contentHash(data)
        entry.sha256 = sha
        entry.size = Int64(data.count)
        let reservation = try PipelineFault.retryable {
            try ledger.reserve(sha256: sha, size: Int64(data.count), for: entry.id ?? -1, allowRepeat: reprocess)
        }
        switch reservation {
        case .duplicate(let original):
            entry.outcome = .duplicate
            entry.duplicateOf = original.id
            entry.plan = original.plan
            return nil
        case .inFlight(let original):
            entry.sha256 = nil
            return .wait(entry, reason: "same content as ledger \(original.id ?? 0), still being converted")
        case .reserved:
            break
        }
        let conversion: Conversion
        do {
            conversion = try converter.convert(data, sha256: sha, path: entry.originalName, artifacts: artifacts)
        } catch let error as LiaisonError {
            fail(&entry, error)
            return nil
        }
        try writeOutputs(&entry, conversion.files, plan: conversion.plan, file: file)
        if try changedSinceRead(file, identity: identity, sha256: sha) {
            try discardOutputs(&entry)
            return try giveBack(entry, file: file, because: "it changed after it was read")
        }
        entry.outcome = .ok
        entry.plan = conversion.plan
        entry.outputs = conversion.files.map(\.artifact)
        if alert != nil, conversion.plan == .referBack { entry.alert = "pending" }
        return nil
    }

    /// The document is what is wrong: it goes to `failed/` with this reason, which names the
    /// file as the user dropped it, never the working folder it was claimed into.
    func fail(_ entry: inout WatchRecord, _ error: LiaisonError) {
        entry.outcome = .failed
        entry.error = shown(error, for: entry)
        entry.errorCode = error.code
    }

    /// `error` as one line naming the file as the user dropped it, not its working-folder path.
    func shown(_ error: LiaisonError, for entry: WatchRecord) -> String {
        var error = error
        if error.location?.file.hasPrefix(layout.work.path) == true { error.location?.file = entry.originalName }
        return error.inFile(entry.originalName).description
    }

    /// True when the claimed file is no longer what was read: appended to or rewritten by a
    /// writer that still had it open. A new size or time is confirmed by hashing it again.
    func changedSinceRead(_ file: URL, identity: InputFile.Identity, sha256: String) throws -> Bool {
        guard InputFile.Identity.of(file.path) != identity else { return false }
        guard case .read(let data, _) = try InputFile.read(file, followLinks: false) else { return true }
        return Workspace.contentHash(data) != sha256
    }

    func tag(_ entry: WatchRecord) -> String { "L\(entry.id ?? 0)" }

    func meta(_ entry: WatchRecord, _ extra: Logger.Metadata = [:]) -> Logger.Metadata {
        extra.merging(["ledger": "\(entry.id ?? 0)", "file": "\(FileName.printable(entry.originalName))"]) { a, _ in a }
    }
}
