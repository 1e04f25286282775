import Foundation
import GRDB
import LiaisonImport
import LiaisonModel
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `liaison batch`: converts every input into `OUTPUT/<relative dir>/<name>/`, recording each in
/// the ledger at `OUTPUT/.liaison/ledger.sqlite`.
///
/// Restartable: a rerun after a crash or `kill -9` takes every input once more, finds finished
/// ones in the ledger (content hash and outputs checked) and only redoes what was in flight,
/// after removing its partial output. Inputs are never modified or moved.
public final class BatchRunner: Sendable {
    let options: BatchOptions
    let converter: any DocumentConverter
    let ledger: Ledger
    let observer: (any BatchObserver)?
    let logger: Logger
    let runID = UUID().uuidString

    /// Opens the ledger in the output folder; a folder that cannot be written is an error here,
    /// before any input is touched.
    public init(
        options: BatchOptions, converter: any DocumentConverter, observer: (any BatchObserver)? = nil,
        logger: Logger = Logger(label: "liaison.batch")
    ) throws {
        self.options = options
        self.converter = converter
        self.observer = observer
        self.logger = logger
        try FileOps.makeFolder(options.output)
        guard access(options.output.path, W_OK) == 0 else {
            throw FileOps.ioError("cannot write to the output folder", options.output.path, EACCES)
        }
        self.ledger = try Ledger(in: options.output)
    }

    /// Runs the batch and writes `batch-report.json`; returns the counts.
    ///
    /// Every worker takes an input, reads and hashes it, claims it in the ledger and converts
    /// it; only the claims run one at a time, in walk order (``Turns``), so the first of two
    /// identical files is always the one converted. A ledger or output-folder error stops the
    /// batch: the inputs already claimed are finished, the rest are left for a rerun.
    public func run() throws -> BatchSummary {
        let walker = InputWalker(inputs: options.inputs)
        try walker.validate()
        var total = 0
        walker.forEach { _ in total += 1 }
        let lock = try OutputLock(in: options.output)
        defer { withExtendedLifetime(lock) {} }
        try recoverInterrupted()
        observer?.started(total: total)
        let run = Run(ledger: ledger)
        let pool = WorkerPool<Numbered>(workers: options.jobs) { [self] item in process(item, in: run) }
        var number = 0
        walker.forEach { input in
            pool.submit(Numbered(number: number, input: input))
            number += 1
        }
        pool.finish()
        try run.updates.flush()
        if let error = run.stopError { throw error }
        if !options.flushEachFile { FileOps.syncFileSystem(of: options.output) }
        return try BatchReport.write(from: ledger, runID: runID, to: options.output)
    }

    struct Numbered: Sendable {
        var number: Int
        var input: BatchInput
    }

    struct Job: Sendable {
        var entry: LedgerEntry
        var data: Data
        var folder: URL
    }

    /// What the workers of one run share.
    final class Run: @unchecked Sendable {
        let turns = Turns()
        let updates: DeferredUpdates
        private let lock = NSLock()
        private var error: Error?

        init(ledger: Ledger) { updates = DeferredUpdates(ledger: ledger) }

        var stopError: Error? { lock.withLock { error } }
        func stop(_ error: Error) { lock.withLock { if self.error == nil { self.error = error } } }
    }

    /// One input, start to end: read and hash it (in parallel with other workers), claim it
    /// (in turn), convert it (in parallel).
    func process(_ item: Numbered, in run: Run) {
        let content: Result<Data, LiaisonError> = Result {
            if let problem = item.input.problem { throw problem }
            return try FileOps.read(item.input.url)
        }.mapError { $0 as? LiaisonError ?? LiaisonError(.io, "\($0)") }
        let sha = (try? content.get()).map(ContentHash.sha256)
        let job: Job?
        do {
            job = try run.turns.take(item.number) {
                run.stopError == nil ? try claim(item.input, content: content, sha: sha) : nil
            }
        } catch {
            run.stop(error)
            return
        }
        if let job { convert(job, in: run) }
    }

    /// Decides what to do with an input that has been read: settle it from the ledger when it
    /// is already done or repeats another's content, otherwise record its output folder's name and
    /// return the conversion job.
    func claim(_ input: BatchInput, content: Result<Data, LiaisonError>, sha: String?) throws -> Job? {
        let path = input.url.standardizedFileURL.path
        var entry = LedgerEntry(originalName: input.relativePath, sourcePath: path, runID: runID)
        let data: Data
        switch content {
        case .failure(let error):
            entry.status = .failed
            entry.error = error.inFile(input.relativePath).description
            return try finish(entry)
        case .success(let bytes):
            data = bytes
        }
        entry.sha256 = sha
        entry.size = Int64(data.count)
        let stem = (input.relativePath as NSString).deletingPathExtension
        let name = (stem as NSString).lastPathComponent
        let parent = options.output.appendingPathComponent(stem).deletingLastPathComponent()
        // One transaction: the earlier record of this input, the duplicate check and, for a new
        // document, its record with the output folder's name, written before the folder exists
        // (see OutputFolder).
        let first = OutputFolder.firstFree(name, in: parent)
        let claimed = try ledger.write { [entry, runID] db -> Claimed in
            if let previous = try LedgerEntry.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM document WHERE sourcePath = ? ORDER BY id DESC LIMIT 1"),
                arguments: [path]), previous.sha256 == sha
            {
                return .seen(previous)
            }
            var entry = entry
            if let original = try Self.convertedCopy(of: sha, otherThan: path, in: db) {
                entry.status = .duplicate
                entry.duplicateOf = original
                entry.finishedAt = Date()
                try entry.insert(db)
                return .duplicate(entry)
            }
            entry.outputFolder = self.relative(first)
            entry.runID = runID
            try entry.insert(db)
            return .new(entry)
        }
        switch claimed {
        case .duplicate(let duplicate):
            observer?.finished(duplicate)
            return nil
        case .seen(let previous) where previous.runID == runID:
            // The same file reached twice in this run (overlapping inputs): done once already.
            return nil
        case .seen(var previous):
            // This input with this content, from an earlier run.
            if try settle(&previous) { return nil }
            let folder = OutputFolder.firstFree(name, in: parent)
            previous.outputFolder = relative(folder)
            previous.status = .processing
            previous.runID = runID
            try ledger.update(previous)
            return Job(entry: previous, data: data, folder: folder)
        case .new(let entry):
            return Job(entry: entry, data: data, folder: first)
        }
    }

    /// What the ledger said about an input being claimed.
    enum Claimed: Sendable {
        /// The same path with the same content, recorded before.
        case seen(LedgerEntry)
        /// New content for this path that repeats another input's: recorded as a duplicate.
        case duplicate(LedgerEntry)
        /// New content: recorded as `processing`, with the name of its output folder.
        case new(LedgerEntry)
    }

    /// Settles an input the ledger already has with the same content: finished outputs still on
    /// disk and duplicates of converted content are reported again (true); an interrupted or
    /// failed one has its partial output removed and is redone (false).
    func settle(_ previous: inout LedgerEntry) throws -> Bool {
        previous.runID = runID
        if previous.status == .processing { recover(&previous) }
        if previous.status == .ok, let folder = previous.outputFolder {
            let url = options.output.appendingPathComponent(folder)
            let complete = previous.outputList.allSatisfy {
                FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path)
            }
            if complete {
                _ = try finish(previous)
                return true
            }
        }
        if previous.status == .duplicate, try stillDuplicate(&previous) {
            _ = try finish(previous)
            return true
        }
        previous.error = nil
        previous.duplicateOf = nil
        return false
    }

    /// Resolves an entry left `processing` by an interrupted run from its output folder: `ok`
    /// when the folder is finished under the entry's own tag (with the files found there, which
    /// are those that run was asked for), otherwise its partial output is removed and it stays
    /// `processing`.
    /// The plan's status comes from the folder too, and a refer-back letter whose `--on-alert`
    /// had not run gets it now.
    func recover(_ entry: inout LedgerEntry) {
        guard let folder = entry.outputFolder else { return }
        let url = options.output.appendingPathComponent(folder)
        guard OutputFolder.discardPartial(url, tag: "L\(entry.id ?? 0)") else { return }
        entry.status = .ok
        entry.outputs = OutputFolder.artifacts(in: url).map(\.fileName).joined(separator: ",")
        entry.planStatus = entry.planStatus ?? OutputFolder.finishedPlan(url)
        if entry.alert == nil { runAlert(&entry, folder: url) }
    }

    /// Runs `--on-alert` for a refer-back letter and records how it went; its failure is
    /// logged, and the document stays converted.
    func runAlert(_ entry: inout LedgerEntry, folder: URL) {
        guard entry.planStatus == .referBack, let alert = options.alert else { return }
        let failure = alert.run(for: folder, ledgerID: entry.id)
        entry.alert = failure.map { "failed: \($0)" } ?? "sent"
        if let failure {
            logger.error(
                "--on-alert failed: \(failure); the letter is in the output folder",
                metadata: ["ledger": "\(entry.id ?? 0)", "input": "\(FileName.printable(entry.originalName))"])
        }
    }

    /// Whether an earlier run's duplicate still repeats converted content: its original is `ok`,
    /// or was taken again by this run. Otherwise (the original failed and is not an input any
    /// more, say) it points at another copy that is, or returns false and the input is converted.
    func stillDuplicate(_ entry: inout LedgerEntry) throws -> Bool {
        let (sha, path) = (entry.sha256, entry.sourcePath)
        let original = try entry.duplicateOf.flatMap { key in
            try ledger.read { db in try LedgerEntry.fetchOne(db, key: key) }
        }
        if let original, original.status == .ok || original.runID == runID { return true }
        let other = try ledger.read { db in try Self.convertedCopy(of: sha, otherThan: path, in: db) }
        guard let other else { return false }
        entry.duplicateOf = other
        return true
    }

    /// The first entry with this content from another input that is converted or being
    /// converted: what a new input with the same bytes is a duplicate of.
    static func convertedCopy(of sha: String?, otherThan path: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id FROM document WHERE sha256 = ? AND status IN ('ok', 'processing') \
                    AND sourcePath != ? ORDER BY id LIMIT 1
                    """),
            arguments: [sha, path])
    }

    /// Resolves what earlier runs left `processing` before any input is claimed: finished
    /// folders become `ok`, the rest `failed` as interrupted (redone when their input comes
    /// again). So an entry whose input has since changed or gone does not stay in flight for
    /// ever, nor count as the original of later copies.
    func recoverInterrupted() throws {
        let stale = try ledger.read { [runID] db in
            try LedgerEntry.filter(sql: "status = 'processing' AND (runID IS NULL OR runID != ?)", arguments: [runID])
                .fetchAll(db)
        }
        for var entry in stale {
            recover(&entry)
            if entry.status == .processing {
                entry.status = .failed
                entry.outputFolder = nil
                entry.error = "\(entry.originalName): interrupted before its outputs were finished; run the batch again"
            }
            try ledger.update(entry)
        }
    }

    /// Records a decided entry and tells the observer; returns no job.
    func finish(_ entry: LedgerEntry) throws -> Job? {
        var entry = entry
        entry.finishedAt = entry.finishedAt ?? Date()
        if entry.id == nil { entry = try ledger.insert(entry) } else { try ledger.update(entry) }
        observer?.finished(entry)
        return nil
    }

    func convert(_ job: Job, in run: Run) {
        var entry = job.entry
        let tag = "L\(entry.id ?? 0)"
        let name = FileName.printable(entry.originalName)
        do {
            let conversion = try converter.convert(
                job.data, sha256: entry.sha256 ?? ContentHash.sha256(job.data), path: entry.originalName,
                artifacts: options.artifacts)
            let folder = try OutputFolder.fill(
                job.folder, with: conversion.files, tag: tag, plan: conversion.plan, durable: options.flushEachFile
            ) {
                // The name was taken meanwhile: the ledger learns the next one before it is used.
                entry.outputFolder = relative($0)
                try ledger.update(entry)
            }
            entry.outputFolder = relative(folder)
            entry.status = .ok
            entry.planStatus = conversion.plan
            entry.outputs = conversion.files.map(\.artifact.fileName).joined(separator: ",")
            logger.info("converted", metadata: ["ledger": "\(entry.id ?? 0)", "input": "\(name)"])
            runAlert(&entry, folder: folder)
        } catch {
            _ = OutputFolder.discardPartial(job.folder, tag: tag)
            entry.status = .failed
            entry.outputFolder = nil
            let described = (error as? LiaisonError)?.inFile(entry.originalName).description ?? "\(error)"
            entry.error = described
            logger.info("failed", metadata: ["ledger": "\(entry.id ?? 0)", "input": "\(name)"])
        }
        entry.finishedAt = Date()
        do {
            // The ledger still says `processing` until this is written; a rerun settles that.
            try run.updates.add(entry)
        } catch {
            logger.error("cannot record in the ledger", metadata: ["ledger": "\(entry.id ?? 0)"])
            run.stop(error)
        }
        observer?.finished(entry)
    }

    /// `url`, a folder named by appending to the output folder's URL, relative to it.
    func relative(_ url: URL) -> String {
        let root = options.output.path
        let path = url.path
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
