import Foundation
import LiaisonKit

/// What `liaison watch` was asked to do.
public struct WatchOptions: Sendable {
    /// The watched folder (holding inbox/, outbox/, archive/, failed/).
    public var root: URL
    /// Documents converted at once, at most ``JobLimit/maximum``.
    public var jobs: Int
    public var artifacts: [Artifact]
    /// Seconds a file's size and times must stay unchanged before it is taken.
    public var settle: Double
    /// Seconds between full rescans, whatever the change notifications say.
    public var rescan: Double
    /// Convert files whose content was already converted, instead of recording duplicates.
    public var reprocess: Bool
    /// Stop once the inbox is empty and everything taken is finished (for scripts and cron).
    public var once: Bool
    /// Run for every refer-back (red-flag alert) letter.
    public var alert: AlertCommand?
    /// Create the watched folder when it does not exist; otherwise a missing folder (a typo in
    /// its name) is refused at start rather than watched, empty, for ever.
    public var create: Bool

    public init(
        root: URL, jobs: Int, artifacts: [Artifact] = Artifact.perDocument, settle: Double = 2, rescan: Double = 5,
        reprocess: Bool = false, once: Bool = false, alert: AlertCommand? = nil, create: Bool = false
    ) {
        self.root = root
        self.jobs = JobLimit.capped(jobs)
        self.artifacts = artifacts
        self.settle = settle
        self.rescan = rescan
        self.reprocess = reprocess
        self.once = once
        self.alert = alert
        self.create = create
    }
}

/// How many documents `batch` and `watch` convert at once: each job is a thread with its own
/// buffers and open files, and past a few per core more only add contention (100,000 asked for
/// once exhausted the process ids).
public enum JobLimit {
    public static let maximum = 64

    /// `jobs` within 1...``maximum``.
    public static func capped(_ jobs: Int) -> Int { min(max(1, jobs), maximum) }
}

/// A flag set from one thread and read from others.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    private var reason: Error?

    var isSet: Bool { lock.withLock { value } }
    var error: Error? { lock.withLock { reason } }

    func set(because error: Error? = nil) {
        lock.withLock {
            value = true
            if reason == nil { reason = error }
        }
    }
}
