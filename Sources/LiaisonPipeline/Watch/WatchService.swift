import Foundation
import LiaisonKit
import LiaisonModel
import Logging
import ServiceLifecycle

/// `liaison watch DIR` as a service: claims settled files from the inbox, converts them on
/// worker threads and files the originals away, until graceful shutdown (SIGTERM, SIGINT),
/// which lets the documents in flight finish (within ``stopDeadline`` seconds).
///
/// Errors of the system (file descriptors, disk space, a failing ledger) pause the watcher with
/// a growing back-off and leave the documents where they are; a deleted ledger or an outbox
/// that refuses writing stops it (exit 4) with the files not yet converted back in the inbox.
public final class WatchService: Service, @unchecked Sendable {
    let options: WatchOptions
    let layout: WatchLayout
    let processor: WatchProcessor
    let claims: ClaimFolder
    let logger: Logger
    let stop = StopFlag()
    let backoff = Backoff()
    let retries = RetryQueue()
    let inFlight = InFlight()
    /// Seconds a graceful stop may take before the process exits anyway (the ledger makes
    /// that as safe as `kill -9`: the next start finishes what was in flight).
    public static let stopDeadline = 10.0

    /// Prepares the folder layout and the ledger and checks that the outbox can be written, so
    /// a misconfigured folder fails at start with the files left in the inbox.
    public init(options: WatchOptions, converter: any DocumentConverter, logger: Logger) throws {
        self.options = options
        self.logger = logger
        layout = WatchLayout(root: options.root)
        var isFolder: ObjCBool = false
        if !options.create, !FileManager.default.fileExists(atPath: options.root.path, isDirectory: &isFolder) {
            throw LiaisonError(
                .io, "no such folder to watch", at: SourceLocation(file: options.root.relativePath),
                hint: "check the name, or pass --create to make it with inbox/, outbox/, archive/ and failed/")
        }
        try layout.prepare()
        if let code = Outbox.probe(layout.outbox) {
            throw FileOps.ioError(
                "cannot write to the outbox", layout.outbox.path, code,
                hint: "make it writable for the user running liaison watch; files stay in inbox until then")
        }
        let ledger = try Ledger(in: options.root)
        processor = WatchProcessor(
            layout: layout, ledger: ledger, converter: converter, artifacts: options.artifacts,
            reprocess: options.reprocess, alert: options.alert, logger: logger)
        claims = try ClaimFolder(in: layout.work)
    }

    public func run() async throws {
        try await withGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                let thread = Thread { [self] in
                    do {
                        try loop()
                        continuation.resume()
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
                thread.name = "liaison-watch"
                thread.start()
            }
        } onGracefulShutdown: { [stop, logger, inFlight] in
            logger.info("stopping: finishing the documents in flight")
            stop.set()
            StopDeadline.start(after: Self.stopDeadline, logger: logger, inFlight: inFlight)
        }
    }

    /// Runs in a service group that turns SIGTERM and SIGINT into a graceful shutdown.
    public func runUntilSignalled() async throws {
        // Returning (--once) ends the group normally rather than as an unexpected finish.
        let service = ServiceGroupConfiguration.ServiceConfiguration(
            service: self, successTerminationBehavior: .gracefullyShutdownGroup)
        let group = ServiceGroup(
            configuration: .init(services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            // The group wraps a service's error; report ours as it is (one line, its exit code).
            throw (stop.error as? PipelineFault)?.error ?? stop.error ?? error
        }
    }

    /// Stops the loop as if a signal had arrived (tests, embedding).
    public func requestStop() { stop.set() }

    func loop() throws {
        let pool = WorkerPool<ClaimedDocument>(workers: options.jobs) { [self] document in handle(document) }
        let intake = Intake(
            scanner: InboxScanner(folder: layout.inbox), watcher: makeFileWatcher(for: layout.inbox),
            tracker: SettleTracker(interval: options.settle))
        let recovery = WatchRecovery(layout: layout, processor: processor, own: claims, logger: logger)
        var adopted: [ClaimFolder] = []
        var lastRecovery = -Double.infinity
        logger.info("watching", metadata: ["folder": "\(FileName.printable(layout.root.path))"])
        while !stop.isSet {
            guard processor.ledger.isIntact else {
                logger.critical("stopping: the ledger was deleted or replaced; files not yet taken stay in inbox")
                stop.set(because: PipelineFault.ledgerLost(processor.ledger.lostError))
                break
            }
            for document in retries.due() { pool.submit(document) }
            let pause = backoff.remaining()
            if pause > 0 {
                _ = intake.watcher.wait(timeout: min(pause, 0.5))
                continue
            }
            var count = 0
            do {
                let now = Date().timeIntervalSince1970
                if now - lastRecovery >= options.rescan {
                    adopted.removeAll { folder in folder.removeIfEmpty() }
                    let found = try PipelineFault.retryable { try recovery.leftovers() }
                    adopted += found.adopted
                    for document in found.documents { submit(document, to: pool) }
                    lastRecovery = now
                }
                let claimed: Int
                let renamed: [String]
                (claimed, count, renamed) = try intake.claimSettled { name in try claim(name, into: pool) }
                for name in renamed {
                    logger.warning(
                        "renamed an inbox file whose name was not UTF-8; it is converted under its new name",
                        metadata: ["file": "\(FileName.printable(name))"])
                }
                if claimed > 0, count > claimed { continue }
            } catch {
                pauseOrStop(error, doing: "taking files from the inbox")
                continue
            }
            if options.once, count == 0, pool.pending == 0, retries.count == 0 { break }
            let soonest = [intake.soonest() ?? options.rescan, retries.soonest() ?? options.rescan].min()!
            _ = intake.watcher.wait(timeout: min(options.rescan, soonest, 0.5))
        }
        pool.finish()
        if case .ledgerLost? = stop.error as? PipelineFault { inFlight.giveBackAll(to: layout.inbox, logger: logger) }
        adopted.removeAll { folder in folder.removeIfEmpty() }
        claims.removeIfEmpty()
        if let error = stop.error { throw (error as? PipelineFault)?.error ?? error }
        logger.info("stopped")
    }

    /// Claims the inbox file `name`: recorded first, then moved into this watcher's folder.
    /// False when another watcher took it first.
    func claim(_ name: String, into pool: WorkerPool<ClaimedDocument>) throws -> Bool {
        let target = claims.nextClaim(for: name)
        let entry = try processor.record(name: name, claimed: target)
        let moved: Bool
        do {
            moved = try claims.claim(layout.inbox.appendingPathComponent(name), as: target)
        } catch {
            _ = try? processor.forget(entry)
            throw error
        }
        guard moved else {
            _ = try processor.forget(entry)
            return false
        }
        logger.info("claimed", metadata: processor.meta(entry))
        submit(ClaimedDocument(entry: entry, file: target), to: pool)
        return true
    }

    func submit(_ document: ClaimedDocument, to pool: WorkerPool<ClaimedDocument>) {
        inFlight.add(document)
        pool.submit(document)
    }

    func handle(_ document: ClaimedDocument) {
        do {
            switch try processor.process(document.entry, file: document.file) {
            case .finished, .givenBack:
                inFlight.remove(document)
                backoff.succeeded()
            case .wait(let entry, _):
                retries.add(ClaimedDocument(entry: entry, file: document.file), after: 0.2)
            case .retry(let entry, let reason):
                let delay = backoff.failed()
                logger.warning(
                    "cannot finish now, nothing is failed: \(reason); retrying in \(Int(delay)) s",
                    metadata: processor.meta(entry))
                retries.add(ClaimedDocument(entry: entry, file: document.file), after: delay)
            }
        } catch {
            pauseOrStop(error, doing: "converting", entry: document.entry)
        }
    }

    /// An error outside one document's conversion: a pause for errors of the system, a stop
    /// (with its exit code) for an unwritable outbox or a lost ledger.
    func pauseOrStop(_ error: Error, doing what: String, entry: WatchRecord? = nil) {
        let metadata = entry.map { processor.meta($0) } ?? [:]
        if case .transient(let cause)? = error as? PipelineFault, processor.ledger.isIntact {
            let delay = backoff.failed()
            logger.warning(
                "error of the system while \(what), nothing is failed: \(cause.description); retrying in \(Int(delay)) s",
                metadata: metadata)
            return
        }
        let fault: PipelineFault =
            !processor.ledger.isIntact
            ? .ledgerLost(processor.ledger.lostError)
            : error as? PipelineFault ?? .outboxUnwritable(error as? LiaisonError ?? LiaisonError(.io, "\(error)"))
        logger.critical("stopping: \(fault.error.description)", metadata: metadata)
        stop.set(because: fault)
    }
}
