import Foundation
import GRDB

/// What the ledger said when a watched document's content hash was recorded.
public enum ContentReservation: Sendable, Equatable {
    /// No other document has this content: this one converts it.
    case reserved
    /// A document with this content is already converted: this one is a duplicate of it.
    case duplicate(of: WatchRecord)
    /// Another document with this content is being converted right now: try again once it ends.
    case inFlight(WatchRecord)
}

extension Ledger {
    /// Records `sha256` and `size` for the document `id`, in the same transaction as the check
    /// for another document with the same content, so two identical files dropped together are
    /// converted once: whichever reserves the hash first converts, the other waits for it and
    /// becomes its duplicate. With `allowRepeat` (`--reprocess`) the hash is recorded and
    /// nothing is checked.
    public func reserve(sha256: String, size: Int64, for id: Int64, allowRepeat: Bool) throws -> ContentReservation {
        try write { db in
            if !allowRepeat {
                let other = try WatchRecord.fetchOne(
                    db,
                    sql: """
                        SELECT * FROM watch_document WHERE sha256 = ? AND id != ? \
                        AND (status = 'ok' OR (status = 'processing' AND (outcome IS NULL OR outcome = 'ok'))) \
                        ORDER BY status = 'ok' DESC, id LIMIT 1
                        """,
                    arguments: [sha256, id])
                if let other { return other.status == .ok ? .duplicate(of: other) : .inFlight(other) }
            }
            try db.execute(
                sql: "UPDATE watch_document SET sha256 = ?, size = ? WHERE id = ?", arguments: [sha256, size, id])
            return .reserved
        }
    }
}
