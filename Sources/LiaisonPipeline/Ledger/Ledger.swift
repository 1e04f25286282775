import Foundation
import GRDB
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SQLite ledger (`.liaison/ledger.sqlite`): every document the pipeline has seen, as
/// ``WatchRecord``s in a watched folder and ``BatchRecord``s in a batch output folder.
///
/// WAL mode, so `liaison status` reads while a watcher writes, and several processes share it;
/// the schema is created and evolved by migrations.
public final class Ledger: Sendable {
    let pool: DatabasePool
    public let url: URL

    /// Opens (creating when missing) the ledger in `folder/.liaison/`.
    public init(in folder: URL, create: Bool = true) throws {
        let dir = folder.appendingPathComponent(".liaison")
        url = dir.appendingPathComponent("ledger.sqlite")
        if !create, !FileManager.default.fileExists(atPath: url.path) {
            throw LiaisonError(
                .usage, "no ledger here", at: SourceLocation(file: url.path),
                hint: "give the folder that 'liaison watch' or 'liaison batch --output' used")
        }
        try FileOps.makeFolder(dir)
        // SQLite gives its -wal and -shm files the database file's mode: create it 0600 first.
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd) }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: url.path, configuration: config)
            try Ledger.migrator.migrate(pool)
        } catch let error as LiaisonError {
            throw error
        } catch {
            throw LiaisonError(
                .io, "cannot open the ledger: \(error)", at: SourceLocation(file: url.path),
                hint: "check that the folder is writable and the file is a Liaison ledger")
        }
        for suffix in ["", "-wal", "-shm"] { chmod(url.path + suffix, 0o600) }  // ledgers made before
        identity = InputFile.Identity.of(url.path)
    }

    /// The ledger file's device and inode when it was opened.
    let identity: InputFile.Identity?

    /// False once the ledger file has been deleted or replaced since it was opened: what is
    /// written then goes to a file nobody will read again.
    public var isIntact: Bool {
        guard let identity, let now = InputFile.Identity.of(url.path) else { return false }
        return now.device == identity.device && now.inode == identity.inode
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("originalName", .text).notNull()
                t.column("sourcePath", .text).notNull()
                t.column("sha256", .text)
                t.column("size", .integer)
                t.column("status", .text).notNull()
                t.column("outcome", .text)
                t.column("receivedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("outputFolder", .text)
                t.column("outputs", .text)
                t.column("archivedAs", .text)
                t.column("error", .text)
                t.column("duplicateOf", .integer)
                t.column("runID", .text)
            }
            try db.create(index: "document_sha256", on: "document", columns: ["sha256"])
            try db.create(index: "document_source", on: "document", columns: ["sourcePath"])
            try db.create(index: "document_status", on: "document", columns: ["status"])
        }
        migrator.registerMigration("v2: plan status and alerts") { db in
            try db.alter(table: "document") { t in
                t.add(column: "plan", .text)
                t.add(column: "alert", .text)
            }
            try db.create(index: "document_plan", on: "document", columns: ["plan"])
            try db.create(index: "document_run", on: "document", columns: ["runID", "originalName"])
        }
        migrator.registerMigration("v3: batch and watch records apart, outputs as a list, error codes") { db in
            try LedgerMigration.splitRecords(db)
        }
        return migrator
    }

    /// The error for a ledger deleted or replaced under a running watcher.
    public var lostError: LiaisonError {
        LiaisonError(
            .io, "the ledger was deleted or replaced while liaison watch was running",
            at: SourceLocation(file: url.path),
            hint: "start liaison watch again to begin a new ledger; files not yet taken stay in inbox")
    }

    /// Runs `body` in a write transaction, turning database errors into ``LiaisonError``s.
    public func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw wrap(error) }
    }

    /// Runs `body` on a read-only snapshot.
    public func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw wrap(error) }
    }

    func wrap(_ error: Error) -> LiaisonError {
        if let error = error as? LiaisonError { return error }
        return LiaisonError(
            .io, "ledger: \(error)", at: SourceLocation(file: url.path), hint: "check free disk space and permissions")
    }

    /// Inserts `entry`, returning it with its id.
    public func insert<Record: MutablePersistableRecord & Sendable>(_ entry: Record) throws -> Record {
        try write { db in
            var copy = entry
            try copy.insert(db)
            return copy
        }
    }

    /// Saves every column of `entry`.
    public func update<Record: MutablePersistableRecord & Sendable>(_ entry: Record) throws {
        try write { db in try entry.update(db) }
    }
}
