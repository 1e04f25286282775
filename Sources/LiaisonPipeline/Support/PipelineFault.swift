import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A document could not be finished for a reason that is not the document's fault, so it is
/// never sent to `failed/`: it stays where it was and the watcher retries or stops.
public enum PipelineFault: Error, Sendable {
    /// Worth retrying after a pause: out of file descriptors or memory, disk full, the ledger
    /// busy or failing.
    case transient(LiaisonError)
    /// The outbox cannot be written (permissions, a read-only file system): the watcher stops.
    case outboxUnwritable(LiaisonError)
    /// The ledger was deleted or replaced under the running watcher: it stops.
    case ledgerLost(LiaisonError)

    /// What to tell the user.
    public var error: LiaisonError {
        switch self {
        case .transient(let error), .outboxUnwritable(let error), .ledgerLost(let error): error
        }
    }

    /// Errors of the system rather than of a file: retrying later may succeed.
    public static func isTransient(_ code: Int32) -> Bool {
        [EMFILE, ENFILE, ENOMEM, ENOSPC, EDQUOT, EAGAIN, EINTR, EBUSY, ENOBUFS, EIO].contains(code)
    }

    /// Runs `body`, turning a ``LiaisonError`` it throws into a transient fault: for steps that
    /// are about the system, not the document (the ledger, filing the original), and are safe to retry.
    static func retryable<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as LiaisonError { throw PipelineFault.transient(error) }
    }
}
