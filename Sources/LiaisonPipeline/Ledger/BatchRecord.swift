import Foundation
import GRDB
import LiaisonKit
import LiaisonModel

/// One input of a batch output folder's ledger (`batch_document`): what it was, the run that
/// last reported it, its output folder and how it ended.
public struct BatchRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "batch_document"

    /// The ledger id.
    public var id: Int64?
    /// The input path relative to its input root (`a/b/name.xml`).
    public var originalName: String
    /// Where the input was read from (a standardised absolute path).
    public var sourcePath: String
    /// Lower-case hex SHA-256 of the content, once read.
    public var sha256: String?
    public var size: Int64?
    public var status: DocumentStatus
    public var receivedAt: Date
    public var finishedAt: Date?
    /// The output folder reserved for this input, relative to the output folder.
    public var outputFolder: String?
    /// The files written in it, once written.
    public var outputs: [Artifact]
    /// What went wrong, for `failed`, as one line.
    public var error: String?
    /// The kind of error, for `failed` (the exit code it has on the command line).
    public var errorCode: LiaisonError.Code?
    /// For `duplicate`: the id of the input whose content it repeats.
    public var duplicateOf: Int64?
    /// The batch run that last reported this input.
    public var runID: String?
    /// The plan's status once converted.
    public var plan: Plan.Status?
    /// The `--on-alert` command's result for a refer-back letter: `sent` or `failed: REASON`.
    public var alert: String?

    public init(originalName: String, sourcePath: String, receivedAt: Date = Date(), runID: String? = nil) {
        self.originalName = originalName
        self.sourcePath = sourcePath
        self.status = .processing
        self.receivedAt = receivedAt
        self.runID = runID
        self.outputs = []
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Records `error` as what is wrong with this input.
    mutating func fail(_ error: Error, file: String) {
        status = .failed
        let typed = error as? LiaisonError
        self.error = typed?.inFile(file).description ?? "\(error)"
        errorCode = typed?.code
    }
}
