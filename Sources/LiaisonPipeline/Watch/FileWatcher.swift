import Foundation

/// Wakes the watch loop when something in a folder may have changed, and tells whether a
/// process still has a file there open for writing.
///
/// Change notifications are only a hint: the loop rescans on an interval too, because they
/// miss what other machines do on a network share. Linux uses inotify and a lease probe
/// (``InotifyWatcher``); every other platform polls and answers ``WriterState/unknown``, so
/// the size-and-time settle interval alone decides (a macOS FSEvents or kqueue watcher would
/// be one more file).
public protocol FileWatcher: Sendable {
    /// Blocks until a change is seen (true) or `timeout` seconds pass (false).
    func wait(timeout: Double) -> Bool
    /// Whether the file `name` in the watched folder is still open for writing.
    func writers(of name: String) -> WriterState
}

/// What a watcher knows of the processes writing a file.
public enum WriterState: Sendable, Equatable {
    /// No process has it open for writing (a probe said so).
    case none
    /// A process has it open for writing (a probe said so): never take it.
    case open
    /// Written to since the watcher started and not closed since, as far as the change
    /// notifications tell; no probe could confirm it (a file another user owns).
    case likelyOpen
    /// Nothing is known: the settle interval decides.
    case unknown
}

/// The portable fallback: just sleeps; the rescan finds the changes.
public struct PollingWatcher: FileWatcher {
    public init() {}

    public func wait(timeout: Double) -> Bool {
        Thread.sleep(forTimeInterval: max(0, timeout))
        return false
    }

    public func writers(of name: String) -> WriterState { .unknown }
}

/// The best watcher for this platform on `folder`, falling back to polling.
public func makeFileWatcher(for folder: URL) -> any FileWatcher {
    #if canImport(Glibc)
        if let watcher = InotifyWatcher(folder: folder) { return watcher }
    #endif
    return PollingWatcher()
}
