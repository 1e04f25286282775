#if canImport(Glibc)
    import Foundation
    import Glibc

    /// Linux inotify on one folder, which also tracks, per file name, whether it has been
    /// written and not closed since; with ``WriteLease`` it tells whether a file is still open
    /// for writing.
    public final class InotifyWatcher: FileWatcher, @unchecked Sendable {
        private let fd: Int32
        private let folder: URL
        private let lock = NSLock()
        /// Names written to (created, modified) and not yet closed after writing.
        private var writing = Set<String>()

        /// Nil when inotify is unavailable (no watches left, an unsupported file system).
        public init?(folder: URL) {
            self.folder = folder
            fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard fd >= 0 else { return nil }
            let mask = UInt32(
                IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_MODIFY | IN_ATTRIB | IN_DELETE)
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
            drain()
            return true
        }

        public func writers(of name: String) -> WriterState {
            drain()
            if let open = WriteLease.isOpenForWriting(folder.appendingPathComponent(name).path) {
                return open ? .open : .none
            }
            return lock.withLock { writing.contains(name) } ? .likelyOpen : .unknown
        }

        /// Reads the queued events and updates the names being written.
        private func drain() {
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                guard n > 0 else { return }
                lock.withLock { apply(buffer[0..<n]) }
            }
        }

        private func apply(_ bytes: ArraySlice<UInt8>) {
            var offset = bytes.startIndex
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= bytes.endIndex {
                let (mask, length) = bytes.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: inotify_event.self)
                    return (event.mask, Int(event.len))
                }
                let nameBytes = bytes[(offset + header)..<min(bytes.endIndex, offset + header + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    writing.removeAll()  // events were lost: know nothing rather than something wrong
                } else if mask & UInt32(IN_ISDIR) != 0 || name.isEmpty {
                    continue
                } else if mask & UInt32(IN_CREATE | IN_MODIFY) != 0 {
                    writing.insert(name)
                } else if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE) != 0 {
                    writing.remove(name)
                }
            }
        }
    }
#endif
