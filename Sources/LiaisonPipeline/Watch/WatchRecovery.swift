import Foundation
import GRDB
import Logging

/// A claimed file and its ledger entry: one unit of work for the watcher's workers.
public struct ClaimedDocument: Sendable {
    public var entry: WatchRecord
    public var file: URL
}

/// Finds every document a dead watcher left unfinished, whatever state it died in, and hands
/// it to this watcher: the files in working folders whose lock is free, and the ledger rows
/// still `processing` (or with an `--on-alert` still pending) whose working folder is gone.
///
/// Rows whose working folder is held by a live watcher are left to it. A row is taken over by
/// moving its `sourcePath` into this watcher's own folder, in one conditional update, so two
/// watchers recovering at once never both take it.
struct WatchRecovery {
    let layout: WatchLayout
    let processor: WatchProcessor
    let own: ClaimFolder
    let logger: Logger

    /// Locks the orphaned working folders (returned, to be removed once empty) and lists the
    /// documents to finish.
    func leftovers() throws -> (adopted: [ClaimFolder], documents: [ClaimedDocument]) {
        let adopted = ClaimFolder.orphans(in: layout.work, except: own.url)
        let adoptedNames = Set(adopted.map(\.url.lastPathComponent))
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: layout.work.path)) ?? [])
        let workPrefix = layout.relative(layout.work) + "/"
        let ledger = processor.ledger
        let rows = try ledger.read { db in
            try WatchRecord.filter(
                sql: "(status = 'processing' OR alert = 'pending') AND sourcePath LIKE ?", arguments: [workPrefix + "%"]
            ).order(sql: "id").fetchAll(db)
        }
        var documents: [ClaimedDocument] = []
        var known = Set<String>()
        for var entry in rows {
            let folder = entry.sourcePath.dropFirst(workPrefix.count).prefix { $0 != "/" }
            if folder == own.url.lastPathComponent { continue }
            if !adoptedNames.contains(String(folder)) {
                if present.contains(String(folder)) { continue }  // a live watcher's
                guard try takeOver(&entry) else { continue }
            }
            known.insert(entry.sourcePath)
            logger.info("resuming", metadata: processor.meta(entry))
            documents.append(ClaimedDocument(entry: entry, file: layout.absolute(entry.sourcePath)))
        }
        for folder in adopted {
            for file in folder.claimedFiles() where !known.contains(layout.relative(file)) {
                let path = layout.relative(file)
                let recorded = try ledger.read { db in
                    try WatchRecord.filter(sql: "sourcePath = ?", arguments: [path]).fetchCount(db)
                }
                guard recorded == 0 else { continue }  // finished but not yet removed: settle() does it
                // Claimed before it was recorded (an older version's order): record it now.
                let entry = try processor.record(name: ClaimFolder.originalName(of: file), claimed: file)
                documents.append(ClaimedDocument(entry: entry, file: file))
            }
        }
        return (adopted, documents)
    }

    /// Moves a row whose working folder is gone into this watcher's folder; false when another
    /// watcher took it first.
    func takeOver(_ entry: inout WatchRecord) throws -> Bool {
        let name = (entry.sourcePath as NSString).lastPathComponent
        let moved = layout.relative(own.url.appendingPathComponent(name))
        let (id, old) = (entry.id, entry.sourcePath)
        let changed = try processor.ledger.write { db in
            try db.execute(
                sql: "UPDATE watch_document SET sourcePath = ? WHERE id = ? AND sourcePath = ?",
                arguments: [moved, id, old])
            return db.changesCount
        }
        entry.sourcePath = moved
        return changed == 1
    }
}
