import Foundation
import LiaisonModel
import Logging
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `liaison watch DIR` as a service: claims settled files from the inbox, converts them on
/// worker threads and files the originals away, until graceful shutdown (SIGTERM, SIGINT),
/// which lets the documents in flight finish.
public final class WatchService: Service, @unchecked Sendable {
    let options: WatchOptions
    let layout: WatchLayout
    let processor: WatchProcessor
    let claims: ClaimFolder
    let logger: Logger
    let stop = StopFlag()

    /// Prepares the folder layout and the ledger and checks that the outbox can be written, so
    /// a misconfigured folder fails at start with the files left in the inbox.
    public init(options: WatchOptions, converter: any DocumentConverter, logger: Logger) throws {
        self.options = options
        self.logger = logger
        layout = WatchLayout(root: options.root)
        try layout.prepare()
        let probe = layout.outbox.appendingPathComponent(".liaison-probe-\(getpid())")
        guard mkdir(probe.path, 0o700) == 0 else {
            throw FileOps.ioError(
                "cannot write to the outbox", layout.outbox.path,
                hint: "make it writable for the user running liaison watch; files stay in inbox until then")
        }
        rmdir(probe.path)
        let ledger = try Ledger(in: options.root)
        processor = WatchProcessor(
            layout: layout, ledger: ledger, converter: converter, artifacts: options.artifacts,
            reprocess: options.reprocess, logger: logger)
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
        } onGracefulShutdown: { [stop, logger] in
            logger.info("stopping: finishing the documents in flight")
            stop.set()
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
            throw stop.error ?? error
        }
    }

    /// Stops the loop as if a signal had arrived (tests, embedding).
    public func requestStop() { stop.set() }

    func loop() throws {
        let pool = WorkerPool<Work>(workers: options.jobs) { [self] work in handle(work) }
        let scanner = InboxScanner(folder: layout.inbox)
        let watcher = makeFileWatcher(for: layout.inbox)
        var tracker = SettleTracker(interval: options.settle)
        var adopted: [ClaimFolder] = []
        var lastRecovery = -Double.infinity
        logger.info("watching", metadata: ["folder": "\(layout.root.path)"])
        while !stop.isSet {
            var now = Date().timeIntervalSince1970
            if now - lastRecovery >= options.rescan {
                adopted.removeAll { folder in folder.removeIfEmpty() }
                adopted += try recoverOrphans(into: pool)
                lastRecovery = now
            }
            let (entries, count) = scanner.oldest()
            tracker.keepOnly(Set(entries.map(\.name)))
            now = Date().timeIntervalSince1970
            var claimed = 0
            for entry in entries where !stop.isSet && tracker.isSettled(entry, now: now) {
                guard let file = try claims.claim(layout.inbox.appendingPathComponent(entry.name)) else { continue }
                let record = try processor.record(claimed: file)
                logger.info("claimed", metadata: ["ledger": "\(record.id ?? 0)", "file": "\(record.originalName)"])
                pool.submit(Work(entry: record, file: file))
                claimed += 1
            }
            if options.once, count == 0, pool.pending == 0 { break }
            if claimed > 0, count > claimed { continue }
            let soonest = tracker.soonest(now: now) ?? options.rescan
            _ = watcher.wait(timeout: min(options.rescan, soonest, 0.5))
        }
        pool.finish()
        adopted.removeAll { folder in folder.removeIfEmpty() }
        claims.removeIfEmpty()
        if let error = stop.error { throw error }
        logger.info("stopped")
    }

    struct Work: Sendable {
        var entry: LedgerEntry
        var file: URL
    }

    func handle(_ work: Work) {
        do {
            try processor.process(work.entry, file: work.file)
        } catch {
            logger.error("stopping: the outbox cannot be written", metadata: ["ledger": "\(work.entry.id ?? 0)"])
            stop.set(because: (error as? OutboxUnwritable)?.error ?? error)
        }
    }

    /// Adopts the working folders of dead watchers and queues their documents to be finished.
    func recoverOrphans(into pool: WorkerPool<Work>) throws -> [ClaimFolder] {
        let orphans = ClaimFolder.orphans(in: layout.work, except: claims.url)
        for folder in orphans {
            let prefix = layout.relative(folder.url) + "/"
            let open = try processor.ledger.read { db in
                try LedgerEntry.filter(sql: "status = 'processing' AND sourcePath LIKE ?", arguments: [prefix + "%"])
                    .fetchAll(db)
            }
            var known = Set<String>()
            for entry in open {
                known.insert(entry.sourcePath)
                logger.info("resuming", metadata: ["ledger": "\(entry.id ?? 0)", "file": "\(entry.originalName)"])
                pool.submit(Work(entry: entry, file: layout.absolute(entry.sourcePath)))
            }
            for file in folder.claimedFiles() where !known.contains(layout.relative(file)) {
                let done = try processor.ledger.read { db in
                    try LedgerEntry.filter(sql: "sourcePath = ?", arguments: [layout.relative(file)]).fetchCount(db)
                }
                guard done == 0 else { continue }  // finished but not yet removed: leave it to settle()
                pool.submit(Work(entry: try processor.record(claimed: file), file: file))
            }
        }
        return orphans
    }
}
