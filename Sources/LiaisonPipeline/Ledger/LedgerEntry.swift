import Foundation
import GRDB
import LiaisonModel

/// One document in the ledger: what it was, where it is, and how it ended.
public struct LedgerEntry: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    /// How a document ended; `processing` while in flight (or interrupted by a crash).
    public enum Status: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        case processing, ok, failed, duplicate
    }

    public static let databaseTableName = "document"

    /// The ledger id; logs name documents by it.
    public var id: Int64?
    /// The original file name (watch) or the input path relative to its root (batch).
    public var originalName: String
    /// Where the file was read from: the claimed copy for watch, the input for batch.
    public var sourcePath: String
    /// Lower-case hex SHA-256 of the content, once read.
    public var sha256: String?
    public var size: Int64?
    public var status: Status
    /// The decided ending while the original is being archived (crash recovery resumes it).
    public var outcome: Status?
    public var receivedAt: Date
    public var finishedAt: Date?
    /// The output folder reserved for this document, relative to the output root.
    public var outputFolder: String?
    /// The output file names, comma-separated, once written.
    public var outputs: String?
    /// Where the original ended (`archive/NAME` or `failed/NAME`), relative to the watched folder.
    public var archivedAs: String?
    /// What went wrong, for `failed`; for `duplicate`, the id of the document it repeats.
    public var error: String?
    public var duplicateOf: Int64?
    /// The batch run that last reported this document (batch only).
    public var runID: String?
    /// The plan's status (`ready`, `needs-review`, `refer-back`) once converted.
    public var plan: String?
    /// The `--on-alert` command for a refer-back letter: `pending` until it has run, then
    /// `sent` or `failed: REASON`; nil when no command was asked for.
    public var alert: String?

    public init(originalName: String, sourcePath: String, receivedAt: Date = Date(), runID: String? = nil) {
        self.originalName = originalName
        self.sourcePath = sourcePath
        self.status = .processing
        self.receivedAt = receivedAt
        self.runID = runID
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The plan's status as a value.
    public var planStatus: Plan.Status? {
        get { plan.flatMap(Plan.Status.init(rawValue:)) }
        set { plan = newValue?.rawValue }
    }

    /// The output file names as a list.
    public var outputList: [String] {
        (outputs ?? "").split(separator: ",").map(String.init)
    }
}
