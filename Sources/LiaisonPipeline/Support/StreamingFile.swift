import Foundation
import LiaisonKit
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file written piece by piece under a hidden temporary name (mode 0600) and renamed over
/// its final name only once complete and flushed, so a reader sees the old file or the whole
/// new one, and the writer never holds the whole content in memory.
final class StreamingFile: @unchecked Sendable {
    let target: URL
    let temporary: URL
    private let fd: Int32
    private var buffer = Data()

    init(replacing target: URL) throws {
        self.target = target
        temporary = target.deletingLastPathComponent().appendingPathComponent(
            ".liaison-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileOps.ioError("cannot create the file", temporary.path) }
        fchmod(fd, 0o600)
    }

    deinit {
        close(fd)
        unlink(temporary.path)  // a no-op once renamed
    }

    func append(_ text: String) throws { try append(Data(text.utf8)) }

    func append(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= 64 * 1024 { try flushBuffer() }
    }

    /// Writes what is buffered, flushes it to disk and renames the file into place.
    func commit() throws {
        try flushBuffer()
        guard fsync(fd) == 0 else { throw FileOps.ioError("cannot flush to disk", temporary.path) }
        guard rename(temporary.path, target.path) == 0 else {
            throw FileOps.ioError("cannot rename into place", target.path)
        }
        AtomicWriter.syncFolder(target.deletingLastPathComponent())
    }

    private func flushBuffer() throws {
        try buffer.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileOps.ioError("cannot write", temporary.path)
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
