import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonImport
import LiaisonModel
import LiaisonRecords

/// One referral to convert and what to make of it.
public struct ConversionRequest: Sendable {
    /// The document's bytes.
    public var data: Data
    /// The name the document goes by in errors and in `source.path`.
    public var path: String
    /// The content hash, when the caller has computed it already (the pipeline's ledger does).
    public var sha256: String?
    /// The files to make.
    public var outputs: [Artifact]
    /// The plan's date; nil for the workspace's date, else today.
    public var date: CalendarDate?
    /// What the trainer knows of the client beyond the referral, checked against it.
    public var client: ClientRecord?
    /// The letter asked for (an `alert` letter is written instead whenever the plan refers the
    /// client back).
    public var letter: LetterKind
    /// The progress record, for progress and discharge letters.
    public var progress: Progress?

    public init(
        data: Data, path: String, sha256: String? = nil, outputs: [Artifact], date: CalendarDate? = nil,
        client: ClientRecord? = nil, letter: LetterKind = .initial, progress: Progress? = nil
    ) {
        self.data = data
        self.path = path
        self.sha256 = sha256
        self.outputs = outputs
        self.date = date
        self.client = client
        self.letter = letter
        self.progress = progress
    }
}

/// A progress record and the changes its outcome measures show, read and scored once, and
/// what the reader noticed that is not an error (an old spelling of a key).
public struct Progress: Sendable {
    /// The file it was read from, as given.
    public var file: String
    /// The record as read.
    public var record: ProgressRecord
    /// Its outcome measures, baseline to current, judged.
    public var changes: [MeasureChange]
    /// Old key spellings and the like, for the command line to show.
    public var warnings: [Diagnostic]
}

/// What one conversion made: the referral as read, its plan, and the files asked for.
public struct ConversionResult: Sendable {
    /// The referral as read.
    public var referral: Referral
    /// Its plan.
    public var plan: Plan
    /// The files asked for, in the order asked.
    public var files: [RenderedFile]
    /// What the checks of the client records noticed that is not an error.
    public var warnings: [Diagnostic] = []
}

extension Workspace {
    /// The one conversion entry point: import, plan, render. Every front end that writes letters
    /// or JSON calls it. Errors are ``LiaisonError``s that say what is wrong with the document
    /// (or with the progress record the letter needs).
    public func convert(_ request: ConversionRequest) throws -> ConversionResult {
        let day = day(request.date)
        let referral: Referral
        do {
            referral = try ReferralImporter.read(
                data: request.data, path: request.path, sha256: request.sha256,
                options: importOptions(referenceDate: day))
        } catch var error as LiaisonError where error.code == .inputTooLarge {
            // The importer's hint names `inspect --max-size`, which the converting commands do not have.
            error.hint = "Liaison converts referrals up to 20 MB; check that this is one referral document"
            throw error
        }
        let warnings = try checkRecords(request.client, request.progress, against: referral, on: day)
        if request.outputs.contains(where: { $0.letterFormat != nil }) {
            try checkLetterDate(request.date ?? date, for: referral)
        }
        let plan = planner.plan(for: referral, client: request.client?.profile, on: day)
        return ConversionResult(
            referral: referral, plan: plan, files: try render(referral, plan, request), warnings: warnings)
    }

    /// The files of `request.outputs`, the letters sharing one gathered context.
    func render(_ referral: Referral, _ plan: Plan, _ request: ConversionRequest) throws -> [RenderedFile] {
        let formats = request.outputs.compactMap(\.letterFormat)
        var letters: [OutputFormat: Data] = [:]
        if !formats.isEmpty {
            guard let templates else {
                throw LiaisonError(.usage, "letters were asked of a workspace opened without templates")
            }
            var input = LetterInput(referral: referral, plan: plan, kind: request.letter)
            input.practice = practice
            input.sources = knowledgeBase.sources
            input.progress = request.progress?.record
            input.changes = request.progress?.changes ?? []
            if formats.count == 1 {
                // One letter (convert, a future front end): its writer from the registry.
                let writer = try WriterRegistry.writer(formats[0].rawValue, in: WriterRegistry.letters(templates))
                letters[formats[0]] = try writer.write(input)
            } else {
                // Several formats of one letter (batch, watch): the context is gathered once.
                letters = try Exporter.renderLetters(input, as: formats, with: templates)
            }
        }
        return request.outputs.map { artifact in
            switch artifact {
            case .letterHTML: RenderedFile(artifact: artifact, data: [UInt8](letters[.html] ?? Data()))
            case .letterMarkdown: RenderedFile(artifact: artifact, data: [UInt8](letters[.markdown] ?? Data()))
            case .planJSON: RenderedFile(artifact: artifact, data: ContractJSON.plan(plan))
            case .referralJSON: RenderedFile(artifact: artifact, data: ContractJSON.referral(referral))
            case .referralAndPlanJSON:
                RenderedFile(artifact: artifact, data: ContractJSON.referralAndPlan(referral, plan))
            }
        }
    }

    /// The bytes of the referral file at `url`, refused before reading when over 20 MB, a folder,
    /// or unreadable.
    public static func contents(of url: URL) throws -> Data {
        try ReferralImporter.contents(of: url, maxBytes: 20 * 1024 * 1024)
    }

    /// Reads the referral at `url` (`maxBytes` caps its size); `url.relativePath` names it.
    public func read(contentsOf url: URL, maxBytes: Int = 20 * 1024 * 1024) throws -> Referral {
        try ReferralImporter.read(contentsOf: url, options: importOptions(maxBytes: maxBytes))
    }

    /// Reads the referral at `url` and plans for it on `date` (the workspace's day when nil),
    /// with the client profile checked against it (``RecordMatch``); relative durations in an
    /// undated document count from that day. Returns the checks' warnings too.
    public func plan(contentsOf url: URL, client: ClientRecord?, on date: CalendarDate?) throws -> (
        Referral, Plan, [Diagnostic]
    ) {
        let day = day(date)
        let referral = try ReferralImporter.read(contentsOf: url, options: importOptions(referenceDate: day))
        let warnings = try checkRecords(client, nil, against: referral, on: day)
        return (referral, planner.plan(for: referral, client: client?.profile, on: day), warnings)
    }

    /// Reads a progress record and scores its measures by the knowledge base's rules;
    /// `url.relativePath` names it in errors.
    public func progress(_ url: URL) throws -> Progress {
        let reading = try Records.progress(
            yaml: RecordFile.text(url, what: "progress record"), file: url.relativePath,
            rules: knowledgeBase.measureRules)
        return Progress(
            file: url.relativePath, record: reading.value.0, changes: reading.value.1, warnings: reading.warnings)
    }

    /// Reads a client profile; `url.relativePath` names it in errors.
    public static func client(_ url: URL) throws -> ClientRecord {
        try ClientProfileReader.read(contentsOf: url)
    }
}
