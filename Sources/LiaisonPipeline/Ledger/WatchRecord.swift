import Foundation
import GRDB
import LiaisonKit
import LiaisonModel

/// How a document ended in the ledger; `processing` while in flight (or interrupted by a crash).
public enum DocumentStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case processing, ok, failed, duplicate
}

extension LiaisonError.Code: DatabaseValueConvertible {}
extension Plan.Status: DatabaseValueConvertible {}

/// One document of a watched folder (`watch_document`): the file dropped in the inbox, its claim,
/// its outputs in the outbox and where its original was filed.
///
/// Filing takes two steps, each recorded before it is taken: the decided ending (`outcome`) while
/// the original moves to `archive/` or `failed/`, then the final `status`; a watcher that dies in
/// between resumes from `outcome`.
public struct WatchRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "watch_document"

    /// The ledger id; logs name documents by it.
    public var id: Int64?
    /// The file's name as it was dropped in the inbox.
    public var originalName: String
    /// The claimed copy in the watcher's working folder, relative to the watched folder.
    public var sourcePath: String
    /// Lower-case hex SHA-256 of the content, once read.
    public var sha256: String?
    public var size: Int64?
    public var status: DocumentStatus
    /// The decided ending while the original is being filed (crash recovery resumes it).
    public var outcome: DocumentStatus?
    public var receivedAt: Date
    public var finishedAt: Date?
    /// The output folder reserved for this document, relative to the outbox.
    public var outputFolder: String?
    /// The files written in it, once written.
    public var outputs: [Artifact]
    /// Where the original ended (`archive/NAME` or `failed/NAME`), relative to the watched folder.
    public var archivedAs: String?
    /// What went wrong, for `failed`, as one line.
    public var error: String?
    /// The kind of error, for `failed` (the exit code it has on the command line).
    public var errorCode: LiaisonError.Code?
    /// For `duplicate`: the id of the document it repeats.
    public var duplicateOf: Int64?
    /// The plan's status once converted.
    public var plan: Plan.Status?
    /// The `--on-alert` command for a refer-back letter: `pending` until it has run, then
    /// `sent` or `failed: REASON`; nil when no command was asked for.
    public var alert: String?

    public init(originalName: String, sourcePath: String, receivedAt: Date = Date()) {
        self.originalName = originalName
        self.sourcePath = sourcePath
        self.status = .processing
        self.receivedAt = receivedAt
        self.outputs = []
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
