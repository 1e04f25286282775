import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonImport
import LiaisonModel
import LiaisonRecords

/// What every conversion needs that does not change from one document to the next, found and
/// checked once: the knowledge base and the narrative vocabulary compiled from it, the letter
/// templates, and the practice profile that signs the letters.
///
/// Every front end (`convert`, `batch`, `watch`, `inspect`, `plan`, and any later one) opens a
/// workspace and calls it: ``convert(_:)`` for letters and JSON, ``read(contentsOf:maxBytes:)``
/// and ``plan(for:client:on:)`` for what was read and planned. None runs import, planning or
/// rendering by itself.
public struct Workspace: Sendable {
    /// Where the workspace's parts come from; nil means the built-in one (or none, for the
    /// practice profile).
    public struct Options: Sendable {
        /// A knowledge-base folder instead of the built-in `Protocols/`.
        public var protocols: URL?
        /// A folder whose templates replace the built-in ones, file by file.
        public var templates: URL?
        /// The practice profile (YAML) that signs letters.
        public var practice: URL?
        /// Whether letters will be written: only then are the templates loaded.
        public var letters: Bool
        /// The date plans are made for; nil for the day each document is converted.
        public var date: CalendarDate?
        /// Whether a letter may be dated before its referral or after today (`--allow-date`).
        public var allowsAnyLetterDate: Bool

        public init(
            protocols: URL? = nil, templates: URL? = nil, practice: URL? = nil, letters: Bool = true,
            date: CalendarDate? = nil, allowsAnyLetterDate: Bool = false
        ) {
            self.protocols = protocols
            self.templates = templates
            self.practice = practice
            self.letters = letters
            self.date = date
            self.allowsAnyLetterDate = allowsAnyLetterDate
        }
    }

    /// The knowledge base, read and checked.
    public let knowledgeBase: KnowledgeBase
    let planner: Planner
    /// The narrative reader's vocabulary, compiled once from the knowledge base.
    let vocabulary: NarrativeVocabulary
    /// Nil when the workspace was opened without letters.
    let templates: LetterTemplates?
    /// The practice profile, read and checked once (a bad one stops a batch before it starts).
    public let practice: PracticeProfile?
    /// The date plans are made for; nil for the day of each conversion (a watcher runs for months).
    public let date: CalendarDate?
    /// Whether letters may be dated before their referral or after today.
    public let allowsAnyLetterDate: Bool

    /// Opens the workspace: reads and checks the knowledge base, the practice profile and (when
    /// letters are wanted) the templates; any problem is a ``LiaisonError`` naming its file.
    public init(_ options: Options = .init()) throws {
        // The templates are parsed while the knowledge base is read: start-up is time a second
        // batch job cannot share.
        let templates = options.letters ? OnAnotherThread { try Self.templates(overrides: options.templates) } : nil
        practice = try options.practice.map(Self.practice)
        knowledgeBase = try Self.knowledgeBase(options.protocols)
        planner = Planner(knowledgeBase: knowledgeBase)
        vocabulary = NarrativeVocabulary(knowledgeBase.vocabulary)
        self.templates = try templates?.value()
        date = options.date
        allowsAnyLetterDate = options.allowsAnyLetterDate
    }

    /// The day a conversion plans for: the one asked for, else the workspace's, else today (UTC).
    public func day(_ asked: CalendarDate? = nil) -> CalendarDate { asked ?? date ?? CalendarDate.today() }

    /// Import options with the workspace's vocabulary.
    func importOptions(maxBytes: Int = 20 * 1024 * 1024, referenceDate: CalendarDate? = nil) -> ImportOptions {
        ImportOptions(vocabulary: vocabulary, maxBytes: maxBytes, referenceDate: referenceDate)
    }

    /// The lower-case hex SHA-256 of a document's bytes: the referral's `source.sha256` and the
    /// ledger's duplicate key.
    public static func contentHash(_ data: Data) -> String { ContentHash.sha256(data) }

    /// The built-in `Protocols/` folder, or an error saying how to point at one.
    public static func builtInProtocols() throws -> URL {
        guard let folder = BuiltInResources.folder(named: "Protocols") else {
            throw LiaisonError(
                .configuration, "cannot find the built-in Protocols folder",
                hint: "set LIAISON_RESOURCES to the folder that holds Protocols/ and Templates/")
        }
        return folder
    }

    static func knowledgeBase(_ folder: URL?) throws -> KnowledgeBase {
        guard let folder else { return try KnowledgeBase.load(from: builtInProtocols()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw LiaisonError(
                .configuration, "no knowledge-base folder here", at: SourceLocation(file: folder.relativePath),
                hint: "give --protocols a folder holding the YAML files (a copy of Protocols/)")
        }
        return try KnowledgeBase.load(from: folder)
    }

    static func templates(overrides: URL?) throws -> LetterTemplates {
        guard let builtIn = BuiltInResources.folder(named: "Templates") else {
            throw LiaisonError(
                .configuration, "cannot find the built-in Templates folder",
                hint: "set LIAISON_RESOURCES to the folder that holds Protocols/ and Templates/")
        }
        return try LetterTemplates.load(from: builtIn, overrides: overrides)
    }

    static func practice(_ url: URL) throws -> PracticeProfile {
        try Records.practice(yaml: RecordFile.text(url, what: "practice profile"), file: url.relativePath)
    }
}

/// Reading the small YAML files a trainer keeps beside the referrals.
enum RecordFile {
    /// The UTF-8 text of `url`; `what` names the file in errors.
    static func text(_ url: URL, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LiaisonError(
                .io, "cannot read the \(what)", at: SourceLocation(file: url.relativePath),
                hint: "check the path and permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LiaisonError(
                .configuration, "the \(what) is not UTF-8 text", at: SourceLocation(file: url.relativePath))
        }
        return text
    }
}

extension Workspace {
    /// Every problem of the knowledge base in `folder`, without stopping at the first.
    public static func checkKnowledgeBase(_ folder: URL) -> [Diagnostic] { KnowledgeBase.check(folder: folder) }
}
