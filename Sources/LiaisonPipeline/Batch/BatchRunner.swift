import Foundation
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
    public func run() throws -> BatchSummary {
        let walker = InputWalker(inputs: options.inputs)
        try walker.validate()
        var total = 0
        walker.forEach { _ in total += 1 }
        observer?.started(total: total)
        let pool = WorkerPool<Job>(workers: options.jobs) { [self] job in convert(job) }
        var setupError: Error?
        do {
            try walker.forEach { input in
                if let job = try dispatch(input) { pool.submit(job) }
            }
        } catch {
            setupError = error
        }
        pool.finish()
        if let setupError { throw setupError }
        if !options.flushEachFile { sync() }
        return try BatchReport.write(from: ledger, runID: runID, to: options.output)
    }

    struct Job: Sendable {
        var entry: LedgerEntry
        var data: Data
        var folder: URL
    }

    /// Reads and hashes `input`, settles it from the ledger when it is already done, and
    /// otherwise reserves its output folder and returns the conversion job.
    func dispatch(_ input: BatchInput) throws -> Job? {
        let path = input.url.standardizedFileURL.path
        let previous = try ledger.read { db in
            try LedgerEntry.filter(sql: "sourcePath = ?", arguments: [path]).order(sql: "id DESC").fetchOne(db)
        }
        var entry = LedgerEntry(originalName: input.relativePath, sourcePath: path, runID: runID)
        let data: Data
        do {
            data = try FileOps.read(input.url)
        } catch let error as LiaisonError {
            entry.status = .failed
            entry.error = error.inFile(input.relativePath).description
            return try finish(entry)
        }
        let sha = ContentHash.sha256(data)
        entry.sha256 = sha
        entry.size = Int64(data.count)
        if var previous, previous.sha256 == sha {
            if try settle(&previous) { return nil }
            entry = previous
        } else if let original = try ledger.read({ db in
            try LedgerEntry.filter(
                sql: "sha256 = ? AND status IN ('ok', 'processing') AND sourcePath != ?", arguments: [sha, path]
            ).order(sql: "id").fetchOne(db)
        }) {
            entry.status = .duplicate
            entry.duplicateOf = original.id
            return try finish(entry)
        }
        let stem = (input.relativePath as NSString).deletingPathExtension
        let parent = options.output.appendingPathComponent(stem).deletingLastPathComponent()
        // The ledger learns the folder's name before the folder exists (see OutputFolder).
        let folder = try OutputFolder.reserve((stem as NSString).lastPathComponent, in: parent) { url in
            entry.outputFolder = relative(url)
            entry.status = .processing
            entry.runID = runID
            if entry.id == nil {
                entry = try ledger.insert(entry)
            } else {
                try ledger.update(entry)
            }
        }
        return Job(entry: entry, data: data, folder: folder)
    }

    /// Settles an input the ledger already has with the same content: finished outputs still on
    /// disk and duplicates are reported again (true); an interrupted or failed one has its partial
    /// output removed and is redone (false).
    func settle(_ previous: inout LedgerEntry) throws -> Bool {
        previous.runID = runID
        if previous.status == .processing, let folder = previous.outputFolder {
            let url = options.output.appendingPathComponent(folder)
            if OutputFolder.discardPartial(url, tag: "L\(previous.id ?? 0)") {
                previous.status = .ok
                previous.outputs = options.artifacts.map(\.fileName).joined(separator: ",")
            }
        }
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
        if previous.status == .duplicate {
            _ = try finish(previous)
            return true
        }
        previous.error = nil
        return false
    }

    /// Records a decided entry and tells the observer; returns no job.
    func finish(_ entry: LedgerEntry) throws -> Job? {
        var entry = entry
        entry.finishedAt = entry.finishedAt ?? Date()
        if entry.id == nil { entry = try ledger.insert(entry) } else { try ledger.update(entry) }
        observer?.finished(entry)
        return nil
    }

    func convert(_ job: Job) {
        var entry = job.entry
        let tag = "L\(entry.id ?? 0)"
        do {
            let files = try converter.convert(job.data, path: entry.originalName, artifacts: options.artifacts)
            try OutputFolder.fill(job.folder, with: files, tag: tag, durable: options.flushEachFile)
            entry.status = .ok
            entry.outputs = files.map(\.artifact.fileName).joined(separator: ",")
            logger.info("converted", metadata: ["ledger": "\(entry.id ?? 0)", "input": "\(entry.originalName)"])
        } catch {
            _ = OutputFolder.discardPartial(job.folder, tag: tag)
            entry.status = .failed
            entry.outputFolder = nil
            let described = (error as? LiaisonError)?.inFile(entry.originalName).description ?? "\(error)"
            entry.error = described
            logger.info("failed", metadata: ["ledger": "\(entry.id ?? 0)", "input": "\(entry.originalName)"])
        }
        entry.finishedAt = Date()
        do {
            try ledger.update(entry)
        } catch {
            logger.error("cannot record in the ledger", metadata: ["ledger": "\(entry.id ?? 0)"])
        }
        observer?.finished(entry)
    }

    func relative(_ url: URL) -> String {
        let root = options.output.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
