import CFileSystem
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the scanner saw of one inbox entry; equal signatures on two looks mean no change.
public struct InboxEntry: Sendable, Equatable {
    public var name: String
    public var size: Int64
    public var modified: Double
    public var changed: Double
    public var isFolder: Bool

    /// Size, modification and status-change times: a copy that restores the old modification
    /// time still moves the status-change time.
    public var signature: [Double] { [Double(size), modified, changed] }
}

/// Reads the inbox one entry at a time (`readdir`) and keeps only the `limit` oldest, so a
/// folder of any size is scanned in bounded memory and processed oldest first.
public struct InboxScanner: Sendable {
    public let folder: URL
    public let limit: Int

    public init(folder: URL, limit: Int = 256) {
        self.folder = folder
        self.limit = limit
    }

    /// The oldest entries (by modification time, then name) that are not hidden or temporary.
    /// `remaining` is how many eligible entries there were in all. A folder that cannot be read
    /// is an error, never an empty inbox (transient when the process is out of descriptors).
    ///
    /// A name that is not UTF-8 (a file copied from an old system in Latin-1) cannot be named
    /// in the ledger or a log; it is renamed in place with each stray byte written `%XX`
    /// ("M\xfcller.xml" becomes "M%FCller.xml") and listed in `renamed`, so it is converted
    /// like any other file instead of sitting unseen in the inbox.
    public func oldest() throws -> (entries: [InboxEntry], remaining: Int, renamed: [String]) {
        guard let dir = opendir(folder.path) else {
            let code = errno
            let error = FileOps.ioError("cannot read the inbox", folder.path, code)
            throw PipelineFault.isTransient(code) ? PipelineFault.transient(error) : error
        }
        defer { closedir(dir) }
        var kept: [InboxEntry] = []
        var renamed: [String] = []
        var count = 0
        let fd = dirfd(dir)
        while let item = readdir(dir) {
            let raw = FolderListing.rawName(item)
            guard let name = String(validating: raw, as: UTF8.self) else {
                if let repaired = repairName(raw) { renamed.append(repaired) }
                continue
            }
            if name == "." || name == ".." || NameRules.isIgnored(name) { continue }
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            count += 1
            let entry = InboxEntry(
                name: name, size: Int64(info.st_size), modified: seconds(Self.modified(info)),
                changed: seconds(Self.changed(info)), isFolder: (info.st_mode & S_IFMT) == S_IFDIR)
            if kept.count == limit, let last = kept.last, !InboxScanner.older(entry, last) { continue }
            let index = kept.firstIndex { InboxScanner.older(entry, $0) } ?? kept.count
            kept.insert(entry, at: index)
            if kept.count > limit { kept.removeLast() }
        }
        return (kept, count, renamed)
    }

    /// Renames the entry whose name is the bytes `raw` to its `%XX` spelling, never over an
    /// existing file; the new name, or nil when it could not be renamed (it stays in the inbox,
    /// and the next scan tries again).
    /// A hidden or temporary name is left alone: a writer may still be using it.
    func repairName(_ raw: [UInt8]) -> String? {
        let escaped = FileName.escapingInvalidUTF8(raw)
        guard !NameRules.isIgnored(escaped) else { return nil }
        let folderBytes = Array(folder.path.utf8) + [UInt8(ascii: "/")]
        let from = (folderBytes + raw + [0]).map { CChar(bitPattern: $0) }
        // "M%FCller.xml" may already exist: then "M%FCller-2.xml", and so on.
        for attempt in 1...20 {
            let name = attempt == 1 ? escaped : FileName.numbered(escaped, attempt)
            let to = (folderBytes + Array(name.utf8) + [0]).map { CChar(bitPattern: $0) }
            if liaison_rename_noreplace(from, to) == 0 { return name }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    static func older(_ a: InboxEntry, _ b: InboxEntry) -> Bool {
        a.modified != b.modified ? a.modified < b.modified : a.name < b.name
    }

    #if canImport(Darwin)
        static func modified(_ info: stat) -> timespec { info.st_mtimespec }
        static func changed(_ info: stat) -> timespec { info.st_ctimespec }
    #else
        static func modified(_ info: stat) -> timespec { info.st_mtim }
        static func changed(_ info: stat) -> timespec { info.st_ctim }
    #endif

    private func seconds(_ time: timespec) -> Double { Double(time.tv_sec) + Double(time.tv_nsec) / 1e9 }
}

/// Decides when a file has stopped changing: its signature unchanged for the settle interval,
/// as watched by us, or as told by its own status-change time and confirmed by a second look.
public struct SettleTracker: Sendable {
    public var interval: Double
    private var seen: [String: (signature: [Double], since: Double)] = [:]

    public init(interval: Double) { self.interval = interval }

    /// True when `entry` may be taken at time `now` (seconds since 1970).
    public mutating func isSettled(_ entry: InboxEntry, now: Double) -> Bool {
        guard let previous = seen[entry.name], previous.signature == entry.signature else {
            seen[entry.name] = (entry.signature, now)
            return false
        }
        let quietByClock = now - max(entry.modified, entry.changed) >= interval
        let confirmed = now - previous.since >= min(interval, 0.2)
        return now - previous.since >= interval || (quietByClock && confirmed)
    }

    /// Seconds until the soonest tracked entry could settle (the loop sleeps at most that long).
    public func soonest(now: Double) -> Double? {
        seen.values.map { max(0.05, min(interval, 0.2) - (now - $0.since)) }.min()
    }

    /// Forgets everything not in `names` (taken, removed), keeping memory bounded.
    public mutating func keepOnly(_ names: Set<String>) {
        seen = seen.filter { names.contains($0.key) }
    }
}
