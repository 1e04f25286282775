import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One batch at a time per output folder: an advisory lock on `.liaison/batch.lock`, held while
/// the run lives and dropped by the kernel when the process dies (even by `kill -9`).
///
/// A second batch writing into the same folder would take the first one's in-flight documents
/// for interrupted ones and remove their partial output.
final class OutputLock: Sendable {
    private let fd: Int32

    init(in output: URL) throws {
        let path = output.appendingPathComponent(".liaison/batch.lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileOps.ioError("cannot create the batch lock", path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw LiaisonError(
                .io, "another liaison batch is writing to this output folder", at: SourceLocation(file: output.path),
                hint: "wait for it to finish, or choose another --output folder")
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
