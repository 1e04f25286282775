import Foundation
import GRDB
import LiaisonKit
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
        AllocatorTuning.forLongRuns()
        try FileOps.makeFolder(options.output)
        guard access(options.output.path, W_OK) == 0 else {
            throw FileOps.ioError("cannot write to the output folder", options.output.path, EACCES)
        }
        self.ledger = try Ledger(in: options.output)
    }

    /// Runs the batch and writes `batch-report.json`; returns the counts.
    ///
    /// This thread walks the inputs, reads and hashes each and claims them in the ledger in
    /// batches, one transaction for up to ``claimBatch`` inputs, in walk order (so the first of
    /// two identical files is always the one converted); the workers convert what was claimed. A
    /// ledger or output-folder error stops the batch: the inputs already claimed are finished,
    /// the rest are left for a rerun.
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
        let pool = WorkerPool<Job>(workers: options.jobs) { [self] job in convert(job, in: run) }
        var pending: [Read] = []
        var pendingBytes = 0
        func claimPending() {
            defer { (pending, pendingBytes) = ([], 0) }
            guard run.stopError == nil else { return }
            do {
                for job in try claim(pending[...]) { pool.submit(job) }
            } catch {
                run.stop(error)
            }
        }
        walker.forEach { input in
            guard run.stopError == nil else { return }
            let read = Read(input)
            pendingBytes += read.size
            pending.append(read)
            if pending.count >= Self.claimBatch || pendingBytes >= Self.claimBytes { claimPending() }
        }
        claimPending()
        pool.finish()
        try run.updates.flush()
        if let error = run.stopError { throw error }
        if !options.flushEachFile { FileOps.syncFileSystem(of: options.output) }
        return try BatchReport.write(from: ledger, runID: runID, to: options.output)
    }

    /// At most this many inputs, or this many bytes of them, are claimed in one transaction.
    static let claimBatch = 32
    static let claimBytes = 4 << 20

    /// An input read and hashed, waiting for its claim.
    struct Read: Sendable {
        var input: BatchInput
        var content: Result<Data, LiaisonError>
        var sha256: String?

        init(_ input: BatchInput) {
            self.input = input
            content = Result {
                if let problem = input.problem { throw problem }
                return try FileOps.read(input.url)
            }.mapError { $0 as? LiaisonError ?? LiaisonError(.io, "\($0)") }
            sha256 = (try? content.get()).map(Workspace.contentHash)
        }

        var size: Int { (try? content.get().count) ?? 0 }
    }

    struct Job: Sendable {
        var entry: BatchRecord
        var data: Data
        var folder: URL
    }

    /// What the workers of one run share.
    final class Run: @unchecked Sendable {
        let updates: DeferredUpdates
        private let lock = NSLock()
        private var error: Error?

        init(ledger: Ledger) { updates = DeferredUpdates(ledger: ledger) }

        var stopError: Error? { lock.withLock { error } }
        func stop(_ error: Error) { lock.withLock { if self.error == nil { self.error = error } } }
    }

    /// Claims `reads` in walk order, as few transactions as there are inputs seen before (whose
    /// settling writes the ledger itself, so it ends a transaction), and returns the conversion
    /// jobs.
    func claim(_ reads: ArraySlice<Read>) throws -> [Job] {
        var jobs: [Job] = []
        var rest = reads
        while !rest.isEmpty {
            let batch = rest
            let claimed = try ledger.write { db -> [Claimed] in
                var out: [Claimed] = []
                for read in batch {
                    let one = try claim(read, in: db)
                    out.append(one)
                    if case .seen = one { break }
                }
                return out
            }
            for (read, one) in zip(rest, claimed) {
                if let job = try settle(one, read) { jobs.append(job) }
            }
            rest = rest.dropFirst(claimed.count)
        }
        return jobs
    }

    /// Records one input in the open transaction `db`: a failed read, a repeat of converted
    /// content, or a new document with its output folder's name, written before the folder
    /// exists (see OutputFolder); an input recorded before with this content is left to
    /// ``settle(_:_:)``.
    func claim(_ read: Read, in db: Database) throws -> Claimed {
        let path = read.input.url.standardizedFileURL.path
        var entry = BatchRecord(originalName: read.input.relativePath, sourcePath: path, runID: runID)
        let data: Data
        switch read.content {
        case .failure(let error):
            entry.fail(error, file: read.input.relativePath)
            entry.finishedAt = Date()
            try BatchClaims.insert(&entry, db)
            return .finished(entry)
        case .success(let bytes):
            data = bytes
        }
        entry.sha256 = read.sha256
        entry.size = Int64(data.count)
        if let previous = try BatchRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM batch_document WHERE sourcePath = ? ORDER BY id DESC LIMIT 1"),
            arguments: [path]), previous.sha256 == read.sha256
        {
            return .seen(previous)
        }
        if let original = try Self.convertedCopy(of: read.sha256, otherThan: path, run: runID, in: db) {
            entry.status = .duplicate
            entry.duplicateOf = original
            entry.finishedAt = Date()
            try BatchClaims.insert(&entry, db)
            return .duplicate(entry)
        }
        let (name, parent) = outputName(read.input)
        let folder = OutputFolder.firstFree(name, in: parent)
        entry.outputFolder = relative(folder)
        try BatchClaims.insert(&entry, db)
        return .new(entry, folder)
    }

    /// The output folder name of an input, and the folder it goes in.
    func outputName(_ input: BatchInput) -> (String, URL) {
        let stem = (input.relativePath as NSString).deletingPathExtension
        return (
            (stem as NSString).lastPathComponent,
            options.output.appendingPathComponent(stem).deletingLastPathComponent()
        )
    }

    /// What happens to a claimed input: reported when it needs no conversion, else its job.
    func settle(_ claimed: Claimed, _ read: Read) throws -> Job? {
        switch claimed {
        case .finished(let entry), .duplicate(let entry):
            observer?.finished(entry)
            return nil
        case .seen(let previous) where previous.runID == runID:
            // The same file reached twice in this run (overlapping inputs): done once already.
            return nil
        case .seen(var previous):
            // This input with this content, from an earlier run.
            if try settle(&previous) { return nil }
            let (name, parent) = outputName(read.input)
            let folder = OutputFolder.firstFree(name, in: parent)
            previous.outputFolder = relative(folder)
            previous.status = .processing
            previous.runID = runID
            try ledger.update(previous)
            return Job(entry: previous, data: (try? read.content.get()) ?? Data(), folder: folder)
        case .new(let entry, let folder):
            return Job(entry: entry, data: (try? read.content.get()) ?? Data(), folder: folder)
        }
    }

    /// What the ledger said about an input being claimed.
    enum Claimed: Sendable {
        /// It could not be read: recorded as failed.
        case finished(BatchRecord)
        /// The same path with the same content, recorded before.
        case seen(BatchRecord)
        /// New content for this path that repeats another input's: recorded as a duplicate.
        case duplicate(BatchRecord)
        /// New content: recorded as `processing`, with the name of its output folder.
        case new(BatchRecord, URL)
    }

    /// Settles an input the ledger already has with the same content: finished outputs still on
    /// disk and duplicates of converted content are reported again (true); an interrupted or
    /// failed one has its partial output removed and is redone (false).
    func settle(_ previous: inout BatchRecord) throws -> Bool {
        previous.runID = runID
        if previous.status == .processing { recover(&previous) }
        if previous.status == .ok, let folder = previous.outputFolder {
            let url = options.output.appendingPathComponent(folder)
            let complete = previous.outputs.map(\.fileName).allSatisfy {
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
        previous.errorCode = nil
        previous.duplicateOf = nil
        return false
    }

    /// Resolves an entry left `processing` by an interrupted run from its output folder: `ok`
    /// when the folder is finished under the entry's own tag (with the files found there, which
    /// are those that run was asked for), otherwise its partial output is removed and it stays
    /// `processing`.
    /// The plan's status comes from the folder too, and a refer-back letter whose `--on-alert`
    /// had not run gets it now.
    func recover(_ entry: inout BatchRecord) {
        guard let folder = entry.outputFolder else { return }
        let url = options.output.appendingPathComponent(folder)
        guard OutputFolder.discardPartial(url, tag: "L\(entry.id ?? 0)") else { return }
        entry.status = .ok
        entry.outputs = OutputFolder.artifacts(in: url)
        entry.plan = entry.plan ?? OutputFolder.finishedPlan(url)
        if entry.alert == nil { runAlert(&entry, folder: url) }
    }

    /// Runs `--on-alert` for a refer-back letter and records how it went; its failure is
    /// logged, and the document stays converted.
    func runAlert(_ entry: inout BatchRecord, folder: URL) {
        guard entry.plan == .referBack, let alert = options.alert else { return }
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
    func stillDuplicate(_ entry: inout BatchRecord) throws -> Bool {
        let (sha, path) = (entry.sha256, entry.sourcePath)
        let original = try entry.duplicateOf.flatMap { key in
            try ledger.read { db in try BatchRecord.fetchOne(db, key: key) }
        }
        if let original, original.status == .ok || original.runID == runID { return true }
        let run = runID
        let other = try ledger.read { db in try Self.convertedCopy(of: sha, otherThan: path, run: run, in: db) }
        guard let other else { return false }
        entry.duplicateOf = other
        return true
    }

    /// The first entry with this content from another input that is converted, being converted,
    /// or failed converting in run `run`: what a new input with the same bytes is a duplicate of.
    /// A failure of this run counts as much as a conversion still under way, so that a copy is
    /// reported "same content as ..., which failed" however far the workers have got when the
    /// walker reaches it; an earlier run's failure is tried again.
    static func convertedCopy(of sha: String?, otherThan path: String, run: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id FROM batch_document WHERE sha256 = ? \
                    AND (status IN ('ok', 'processing') OR (status = 'failed' AND runID = ?)) \
                    AND sourcePath != ? ORDER BY id LIMIT 1
                    """),
            arguments: [sha, run, path])
    }

    /// Resolves what earlier runs left `processing` before any input is claimed: finished
    /// folders become `ok`, the rest `failed` as interrupted (redone when their input comes
    /// again). So an entry whose input has since changed or gone does not stay in flight for
    /// ever, nor count as the original of later copies.
    func recoverInterrupted() throws {
        let stale = try ledger.read { [runID] db in
            try BatchRecord.filter(sql: "status = 'processing' AND (runID IS NULL OR runID != ?)", arguments: [runID])
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
    func finish(_ entry: BatchRecord) throws -> Job? {
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
                job.data, sha256: entry.sha256 ?? Workspace.contentHash(job.data), path: entry.originalName,
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
            entry.plan = conversion.plan
            entry.outputs = conversion.files.map(\.artifact)
            logger.info("converted", metadata: ["ledger": "\(entry.id ?? 0)", "input": "\(name)"])
            runAlert(&entry, folder: folder)
        } catch {
            _ = OutputFolder.discardPartial(job.folder, tag: tag)
            entry.outputFolder = nil
            entry.fail(error, file: entry.originalName)
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
