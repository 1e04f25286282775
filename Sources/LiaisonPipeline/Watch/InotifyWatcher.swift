#if canImport(Glibc)
    import Foundation
    import Glibc

    /// Linux inotify on one folder: files closed after writing, moved in, created or changed.
    public final class InotifyWatcher: FileWatcher, @unchecked Sendable {
        private let fd: Int32

        /// Nil when inotify is unavailable (no watches left, an unsupported file system).
        public init?(folder: URL) {
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard fd >= 0 else { return nil }
            let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MODIFY | IN_ATTRIB)
            guard inotify_add_watch(fd, folder.path, mask) >= 0 else {
                close(fd)
                return nil
            }
        }

        deinit { close(fd) }

        public func wait(timeout: Double) -> Bool {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(0, timeout) * 1000))
            guard ready > 0 else { return false }
            // Drain the queue; the events only say "look again", the scan decides what changed.
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
            return true
        }
    }
#endif
