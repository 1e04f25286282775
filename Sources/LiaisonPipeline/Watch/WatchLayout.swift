import Foundation

/// The watched folder: `inbox/` (drop files here), `outbox/<name>/` (letters), `archive/`
/// (originals after success), `failed/` (originals that failed, each with `NAME.error.txt`),
/// and `.liaison/` (the ledger and the working folders files are claimed into).
public struct WatchLayout: Sendable {
    public let root: URL
    public var inbox: URL { root.appendingPathComponent("inbox") }
    public var outbox: URL { root.appendingPathComponent("outbox") }
    public var archive: URL { root.appendingPathComponent("archive") }
    public var failed: URL { root.appendingPathComponent("failed") }
    public var work: URL { root.appendingPathComponent(".liaison/work") }

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// Creates the folders that are missing (mode 0700: they hold patient data).
    public func prepare() throws {
        for folder in [inbox, outbox, archive, failed, work] { try FileOps.makeFolder(folder) }
    }

    /// `url` relative to the watched folder, as the ledger stores paths.
    public func relative(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
    }

    public func absolute(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}
