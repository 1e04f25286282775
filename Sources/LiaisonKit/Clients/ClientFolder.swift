import Foundation
import LiaisonModel

/// A client's folder, `clients/<id>/`: the referrals received (`*.xml`), the client profile
/// (`client.yaml`), the progress records (`progress*.yaml`) and the letters sent, which Liaison
/// names `<client>-<YYYY-MM-DD>-<kind>.<ext>` (``LetterName``). docs/records.md describes it.
public struct ClientFolder: Sendable {
    /// The folder as the user gave it.
    public let url: URL
    /// The referral documents, by file name.
    public let referrals: [URL]
    /// `client.yaml`, when there is one.
    public let profile: URL?
    /// The progress records, by file name.
    public let progressRecords: [URL]
    /// The letters sent, oldest first.
    public let letters: [SentLetter]

    /// The folder's name: the client's id.
    public var id: String { url.lastPathComponent }

    /// Lists the folder; an error when it cannot be read.
    public init(_ url: URL) throws {
        self.url = url
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw LiaisonError(
                .io, "cannot list the client folder", at: SourceLocation(file: url.relativePath),
                hint: "check the path and permissions")
        }
        func file(_ name: String) -> URL { url.appendingPathComponent(name) }
        referrals = names.filter { $0.lowercased().hasSuffix(".xml") }.map(file)
        profile = names.contains(Self.profileName) ? file(Self.profileName) : nil
        progressRecords = names.filter { $0.hasPrefix("progress") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .map(file)
        letters = names.compactMap { name in LetterName.parse(name).map { SentLetter(file: file(name), name: $0) } }
            .sorted { ($0.name.date, $0.file.lastPathComponent) < ($1.name.date, $1.file.lastPathComponent) }
    }

    /// Whether a letter other than an alert was sent on or after `referral`'s date.
    public func hasAnswered(_ referral: Referral) -> Bool {
        guard let date = referral.document.date.flatMap(CalendarDate.init) else { return !letters.isEmpty }
        return letters.contains { $0.name.date >= date && $0.name.kind != .alert }
    }

    /// The client profile's file name in a client folder.
    public static let profileName = "client.yaml"

    /// Whether `path` is a folder (a client folder given to `convert`).
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// A letter found in a client folder.
public struct SentLetter: Sendable {
    public var file: URL
    public var name: LetterName
}
