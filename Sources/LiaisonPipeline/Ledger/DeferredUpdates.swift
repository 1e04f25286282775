import Foundation
import GRDB

/// Ledger updates that may wait and are written together, one transaction for many documents.
///
/// Only for updates whose loss a restart repairs: a batch document's final status. Until it is
/// written the ledger says `processing`, and a rerun finds the finished outputs by their owner
/// tag (``OutputFolder/discardPartial(_:tag:)``) or redoes the document.
final class DeferredUpdates: @unchecked Sendable {
    let ledger: Ledger
    let limit: Int
    private let lock = NSLock()
    private var pending: [BatchRecord] = []

    init(ledger: Ledger, limit: Int = 64) {
        self.ledger = ledger
        self.limit = limit
    }

    /// Queues `entry`; writes the queue when it is full. When that write fails the entries
    /// stay queued for ``flush()`` and the error is thrown.
    func add(_ entry: BatchRecord) throws {
        let full: [BatchRecord]? = lock.withLock {
            pending.append(entry)
            guard pending.count >= limit else { return nil }
            defer { pending.removeAll(keepingCapacity: true) }
            return pending
        }
        if let full { try write(full) }
    }

    /// Writes whatever is queued.
    func flush() throws {
        let all = lock.withLock {
            defer { pending.removeAll() }
            return pending
        }
        try write(all)
    }

    private func write(_ entries: [BatchRecord]) throws {
        do {
            try store(entries)
        } catch {
            lock.withLock { pending.insert(contentsOf: entries, at: 0) }
            throw error
        }
    }

    private func store(_ entries: [BatchRecord]) throws {
        guard !entries.isEmpty else { return }
        try ledger.write { db in
            for entry in entries { try BatchClaims.finish(entry, db) }
        }
    }
}
