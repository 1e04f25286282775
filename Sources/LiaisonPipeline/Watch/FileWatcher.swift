import Foundation

/// Wakes the watch loop when something in a folder may have changed.
///
/// Only a hint: the loop rescans on an interval too, because change notifications miss what
/// other machines do on a network share. Linux uses inotify (``InotifyWatcher``); every other
/// platform polls (a macOS FSEvents watcher would be one more file).
public protocol FileWatcher: Sendable {
    /// Blocks until a change is seen (true) or `timeout` seconds pass (false).
    func wait(timeout: Double) -> Bool
}

/// The portable fallback: just sleeps; the rescan finds the changes.
public struct PollingWatcher: FileWatcher {
    public init() {}

    public func wait(timeout: Double) -> Bool {
        Thread.sleep(forTimeInterval: max(0, timeout))
        return false
    }
}

/// The best watcher for this platform on `folder`, falling back to polling.
public func makeFileWatcher(for folder: URL) -> any FileWatcher {
    #if canImport(Glibc)
        if let watcher = InotifyWatcher(folder: folder) { return watcher }
    #endif
    return PollingWatcher()
}
