import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The documents this watcher has claimed and not finished, with their original names: what
/// goes back to the inbox when the ledger is lost (and cannot say where anything came from).
final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [String: ClaimedDocument] = [:]

    func add(_ document: ClaimedDocument) { lock.withLock { documents[document.file.path] = document } }
    func remove(_ document: ClaimedDocument) { lock.withLock { _ = documents.removeValue(forKey: document.file.path) } }
    var count: Int { lock.withLock { documents.count } }

    /// Moves every claimed file still in its working folder back into `inbox`, under its
    /// original name.
    func giveBackAll(to inbox: URL, logger: Logger) {
        for document in lock.withLock({ Array(documents.values) }) where FileOps.exists(document.file) {
            let name = FileName.printable(document.entry.originalName)
            if (try? FileOps.moveUnique(document.file, into: inbox, name: document.entry.originalName)) != nil {
                logger.notice("back to the inbox", metadata: ["file": "\(name)"])
            }
        }
    }
}

/// Ends the process when a graceful stop takes too long (a document stuck in a system call):
/// SIGTERM always ends `liaison watch` within seconds, and what was in flight is finished by
/// the next start, as after `kill -9`. It exits with status 5, so a supervisor sees that the
/// stop was not clean.
enum StopDeadline {
    static let exitStatus: Int32 = 5

    static func start(after seconds: Double, logger: Logger, inFlight: InFlight) {
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: seconds)
            logger.warning(
                "stopping now: \(inFlight.count) document(s) still in flight after \(Int(seconds)) s; the next start finishes them"
            )
            _exit(exitStatus)
        }
    }
}
