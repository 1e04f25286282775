import Foundation

/// Which inbox files the watch loop may take now: the oldest entries, each once its size and
/// times have settled and no process has it open for writing.
final class Intake {
    let scanner: InboxScanner
    let watcher: any FileWatcher
    var tracker: SettleTracker
    /// A file the change notifications saw written and not closed, with no probe to confirm
    /// it, is still taken once it has not changed for this long (a writer that vanished).
    let likelyOpenLimit: Double

    init(scanner: InboxScanner, watcher: any FileWatcher, tracker: SettleTracker) {
        self.scanner = scanner
        self.watcher = watcher
        self.tracker = tracker
        likelyOpenLimit = max(60, tracker.interval * 10)
    }

    /// Calls `claim` for every entry that may be taken now (it returns whether it took it);
    /// returns how many were taken, how many eligible entries the inbox holds (counting those
    /// just renamed, which the next scan sees) and the new names of files whose names were not
    /// UTF-8.
    func claimSettled(_ claim: (String) throws -> Bool) throws -> (claimed: Int, count: Int, renamed: [String]) {
        let (entries, found, renamed) = try scanner.oldest()
        let count = found + renamed.count
        tracker.keepOnly(Set(entries.map(\.name)))
        let now = Date().timeIntervalSince1970
        var claimed = 0
        for entry in entries where tracker.isSettled(entry, now: now) && mayTake(entry, now: now) {
            if try claim(entry.name) { claimed += 1 }
        }
        return (claimed, count, renamed)
    }

    func mayTake(_ entry: InboxEntry, now: Double) -> Bool {
        switch watcher.writers(of: entry.name) {
        case .none, .unknown: true
        case .open: false
        case .likelyOpen: now - max(entry.modified, entry.changed) >= likelyOpenLimit
        }
    }

    /// Seconds until a tracked entry could settle.
    func soonest() -> Double? { tracker.soonest(now: Date().timeIntervalSince1970) }
}
