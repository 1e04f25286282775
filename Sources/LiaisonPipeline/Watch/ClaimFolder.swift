import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A watcher's working folder, `.liaison/work/<id>/`, held with an advisory lock for as long as
/// the process lives.
///
/// Files are claimed by an atomic rename from `inbox/` into it, so two watchers never take the
/// same file. The kernel drops the lock when the process dies (even by `kill -9`), which is how
/// another watcher, or the next start, knows the folder's files are orphans to finish.
public final class ClaimFolder: @unchecked Sendable {
    public let url: URL
    private let lockFD: Int32
    private let lock = NSLock()
    private var sequence = 0

    /// Creates a fresh working folder under `work` and locks it.
    public init(in work: URL) throws {
        let id = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = work.appendingPathComponent(".\(id).new")
        try FileOps.makeFolder(staging)
        // Close-on-exec: an alert command the watcher starts must not inherit the lock, or a
        // killed watcher's folder would look alive for as long as the command runs.
        let fd = open(staging.appendingPathComponent("lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let error = FileOps.ioError("cannot lock a working folder", staging.path)
            if fd >= 0 { close(fd) }
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        url = work.appendingPathComponent(id)
        guard rename(staging.path, url.path) == 0 else {
            let error = FileOps.ioError("cannot create", url.path)
            close(fd)
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        lockFD = fd
    }

    /// Adopts an orphaned folder: locks it, or returns nil while its owner is alive.
    init?(adopting url: URL) {
        let fd = open(url.appendingPathComponent("lock").path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        self.url = url
        lockFD = fd
    }

    deinit { close(lockFD) }

    /// Working folders under `work` whose owners have died, now locked by this process.
    public static func orphans(in work: URL, except own: URL) -> [ClaimFolder] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != own.lastPathComponent }.sorted()
            .compactMap { ClaimFolder(adopting: work.appendingPathComponent($0)) }
    }

    /// The name the inbox file `name` is claimed under: a sequence number, then the name,
    /// shortened when it would pass NAME_MAX (the ledger keeps the original name).
    public func nextClaim(for name: String) -> URL {
        let n = lock.withLock {
            sequence += 1
            return sequence
        }
        return url.appendingPathComponent(FileName.fitting(name, prefix: String(format: "%06d-", n)))
    }

    /// Moves `source` to `target` (a name from ``nextClaim(for:)``); false when another watcher
    /// took it first, or it is gone.
    public func claim(_ source: URL, as target: URL) throws -> Bool {
        if rename(source.path, target.path) == 0 { return true }
        if errno == ENOENT { return false }
        let error = FileOps.ioError("cannot claim the file", source.path)
        throw PipelineFault.isTransient(errno) ? PipelineFault.transient(error) : error
    }

    /// Moves `source` into this folder under a unique name; nil when another watcher took it.
    public func claim(_ source: URL) throws -> URL? {
        let target = nextClaim(for: source.lastPathComponent)
        return try claim(source, as: target) ? target : nil
    }

    /// The claimed files in this folder, oldest claim first.
    public func claimedFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0 != "lock" }.sorted().map { url.appendingPathComponent($0) }
    }

    /// The original name of a claimed file (its sequence prefix removed), for a claimed file
    /// the ledger does not know (left by a version that claimed before recording).
    public static func originalName(of claimed: URL) -> String {
        let name = claimed.lastPathComponent
        guard let dash = name.firstIndex(of: "-"), name[..<dash].allSatisfy(\.isNumber) else { return name }
        return String(name[name.index(after: dash)...])
    }

    /// Removes the folder once it holds nothing but its lock; true when it did.
    @discardableResult
    public func removeIfEmpty() -> Bool {
        guard claimedFiles().isEmpty else { return false }
        unlink(url.appendingPathComponent("lock").path)
        return rmdir(url.path) == 0
    }
}
