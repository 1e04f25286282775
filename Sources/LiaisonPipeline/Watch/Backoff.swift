import Foundation

/// Pauses after errors of the system (out of file descriptors, disk full, a failing ledger):
/// 1 s after the first, doubling up to a minute for each failure after a pause has ended (the
/// documents failing together during one pause count once), back to none after a success.
/// While it runs the watcher takes no new file, so a struggling system is not made to struggle
/// more.
final class Backoff: @unchecked Sendable {
    private let lock = NSLock()
    private var delay = 0.0
    private var until = 0.0
    let maximum: Double

    init(maximum: Double = 60) { self.maximum = maximum }

    /// Records a failure; returns the seconds to wait before trying again.
    func failed(now: Double = Date().timeIntervalSince1970) -> Double {
        lock.withLock {
            if now >= until { delay = delay == 0 ? 1 : min(maximum, delay * 2) }
            until = max(until, now + delay)
            return max(0, until - now)
        }
    }

    func succeeded() { lock.withLock { delay = 0 } }

    /// Seconds left to wait at `now`, or 0.
    func remaining(now: Double = Date().timeIntervalSince1970) -> Double {
        lock.withLock { max(0, until - now) }
    }
}

/// Documents to process again at a later time (a duplicate waiting for its original, a
/// document that met an error of the system). They stay claimed meanwhile.
final class RetryQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [(due: Double, document: ClaimedDocument)] = []

    func add(_ document: ClaimedDocument, after seconds: Double) {
        lock.withLock { waiting.append((Date().timeIntervalSince1970 + seconds, document)) }
    }

    /// Removes and returns the documents due at `now`.
    func due(now: Double = Date().timeIntervalSince1970) -> [ClaimedDocument] {
        lock.withLock {
            let ready = waiting.filter { $0.due <= now }.map(\.document)
            waiting.removeAll { $0.due <= now }
            return ready
        }
    }

    var count: Int { lock.withLock { waiting.count } }

    /// Seconds until the next is due, or nil when none waits.
    func soonest(now: Double = Date().timeIntervalSince1970) -> Double? {
        lock.withLock { waiting.map { max(0, $0.due - now) }.min() }
    }
}
