import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonImport
import LiaisonModel

/// Turns the bytes of one referral document into its output files.
///
/// The pipeline (claiming, ledger, archiving, recovery) only sees this protocol, so its logic is
/// tested with a fake; `liaison batch` and `liaison watch` use ``ReferralConverter``.
public protocol DocumentConverter: Sendable {
    /// Converts `data`, read from the file named `path` (used in errors only), into `artifacts`;
    /// `sha256` is the content hash the pipeline already computed for its ledger.
    /// Throws a ``LiaisonError`` that says what is wrong with the document.
    func convert(_ data: Data, sha256: String, path: String, artifacts: [Artifact]) throws -> Conversion
}

/// One document converted: its output files and the status of its plan, which `batch`,
/// `watch` and `status` show, so a refer-back or needs-review plan is never passed over.
public struct Conversion: Sendable, Equatable {
    public var files: [RenderedFile]
    public var plan: Plan.Status

    public init(files: [RenderedFile], plan: Plan.Status) {
        self.files = files
        self.plan = plan
    }
}

/// The real conversion: import, plan against the knowledge base, render.
public struct ReferralConverter: DocumentConverter {
    let planner: Planner
    let vocabulary: NarrativeVocabulary
    let templates: LetterTemplates
    let date: CalendarDate?
    let practice: PracticeProfile?

    /// Loads the knowledge base and the letter templates once (parsing the templates for every
    /// letter was half of a batch's time). Plans are made for `date`, or for the day each document
    /// is converted when nil (a watcher runs for months). A practice profile, read and checked
    /// here once so a bad one stops the run at once instead of failing every document, signs
    /// the letters.
    public init(
        knowledgeBase: KnowledgeBase, templates: LetterTemplates? = nil, date: CalendarDate? = nil,
        practice: URL? = nil
    ) throws {
        self.planner = Planner(knowledgeBase: knowledgeBase)
        self.vocabulary = NarrativeVocabulary(knowledgeBase.vocabulary)
        self.templates = try templates ?? LetterTemplates.load()
        self.date = date
        self.practice = try practice.map { url in
            let yaml = String(decoding: try FileOps.read(url), as: UTF8.self)
            return try LetterInputs.practice(yaml: yaml, file: url.path)
        }
    }

    public func convert(
        _ data: Data, sha256: String, path: String, artifacts: [Artifact]
    ) throws -> Conversion {
        let referral: Referral
        do {
            referral = try ReferralImporter.read(
                data: data, path: path, sha256: sha256, options: ImportOptions(vocabulary: vocabulary))
        } catch var error as LiaisonError where error.code == .inputTooLarge {
            // The importer's hint names `inspect --max-size`, which batch and watch do not have.
            error.hint = "batch and watch take referrals up to 20 MB; check that this is one referral document"
            throw error
        }
        let plan = planner.plan(for: referral, on: date ?? CalendarDate.today())
        var input = LetterInput(referral: referral, plan: plan)
        input.practice = practice
        let letterFormats = artifacts.compactMap { artifact -> OutputFormat? in
            switch artifact {
            case .letterHTML: .html
            case .letterMarkdown: .markdown
            case .planJSON, .referralJSON: nil
            }
        }
        let letters = try Exporter.renderLetters(input, as: letterFormats, with: templates)
        let files = try artifacts.map { artifact in
            let bytes: Data
            switch artifact {
            case .letterHTML: bytes = letters[.html]!
            case .letterMarkdown: bytes = letters[.markdown]!
            case .planJSON: bytes = try LiaisonJSON.encode(plan)
            case .referralJSON: bytes = try LiaisonJSON.encode(referral)
            }
            return RenderedFile(artifact: artifact, data: [UInt8](bytes))
        }
        return Conversion(files: files, plan: plan.status)
    }
}
