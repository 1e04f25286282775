import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `liaison convert`: a referral (or a client folder) in, a letter to the provider (or the
/// referral and plan as JSON) out.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write a letter to the referring provider, or the referral and plan as JSON.",
        discussion: """
            Reads the referral, plans the program and renders a letter from Templates/. A plan \
            that refers the client back always yields an `alert` letter. Progress and discharge \
            letters need a progress record; --progress alone means a progress letter. Without -o \
            (or with -o -) the output goes to standard output; a file is replaced only by an \
            atomic rename and is created readable by you alone. Given a client folder \
            (clients/<id>/, docs/records.md), it takes the latest referral, client.yaml and the \
            latest progress record there, and writes the letter into the folder as \
            <client>-<date>-<kind>.<ext>, never over a letter already there.
            """)

    @Argument(help: "The referral document (CDA / C-CDA, or the plain referral XML), or a client folder.")
    var file: String

    @Option(help: "html, markdown (or md), pdf or json (default: from the -o extension, else html).")
    var format: String?

    @Option(
        name: .customLong("pdf-engine"),
        help: ArgumentHelp(
            "The Chromium that prints --format pdf (default: chromium, chromium-browser or google-chrome on PATH).",
            valueName: "path"))
    var pdfEngine: String?

    @Option(
        help:
            "initial, progress or discharge (default: progress with --progress, else initial; alert is chosen automatically)."
    )
    var kind: String?

    @Option(
        help: ArgumentHelp(
            "The client's progress record (YAML), for progress and discharge letters.", valueName: "file"))
    var progress: String?

    @Option(help: ArgumentHelp("A client profile (YAML), as for `liaison plan`.", valueName: "file"))
    var client: String?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions
    @OptionGroup var letters: LetterOptions
    @OptionGroup var date: DateOption
    @OptionGroup var allowDate: AllowDateFlag

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        if let kind, LetterKind(rawValue: kind) == nil || kind == LetterKind.alert.rawValue {
            throw ValidationError("unknown --kind '\(kind)'; use initial, progress or discharge")
        }
    }

    /// The kind asked for; with --progress alone, a progress letter.
    var askedKind: LetterKind? {
        if let kind { return LetterKind(rawValue: kind) }
        return progress == nil ? nil : .progress
    }

    func run() async throws {
        // Every refusal comes before any work, so nothing is written.
        let format = try ConvertFormat.resolve(format: format, output: output)
        let engine = format == .pdf ? try PDFEngines.chromium(at: pdfEngine) : nil
        if format == .pdf, output == nil || output == "-", isatty(STDOUT_FILENO) != 0 {
            throw LiaisonError(.usage, "--format pdf writes a binary file", hint: "pass -o FILE.pdf")
        }
        let workspace = try Workspace(
            knowledgeBase, letters: format == .json ? nil : letters, date: date, allowDate: allowDate)
        if ClientFolder.isFolder(file) {
            try convertFolder(with: workspace, format: format, engine: engine)
            return
        }
        let kind = askedKind ?? .initial
        if let progress, !kind.needsProgress {
            Console.warning("\(progress): an \(kind.rawValue) letter does not use the progress record")
        }
        let progress = try progress.map { try workspace.progress(URL(fileURLWithPath: $0)) }
        progress?.warnings.forEach(Console.warning)
        let client = try client.map { try Workspace.client(URL(fileURLWithPath: $0)) }
        let url = URL(fileURLWithPath: file)
        let result = try workspace.convert(
            ConversionRequest(
                data: try Workspace.contents(of: url), path: url.relativePath,
                outputs: [format.artifact], client: client, letter: kind,
                progress: kind.needsProgress ? progress : nil))
        report(result, kind: kind, format: format, workspace: workspace)
        try Self.write(try result.letter(as: format, engine: engine), to: output)
    }

    /// A client folder: the letter goes into the folder (or to -o).
    func convertFolder(with workspace: Workspace, format: ConvertFormat, engine: (any PDFEngine)?) throws {
        let folder = try ClientFolder(URL(fileURLWithPath: file))
        let letter = try workspace.letter(
            for: folder,
            ClientLetterRequest(
                format: format, kind: askedKind, progress: progress.map { URL(fileURLWithPath: $0) },
                client: client.map { URL(fileURLWithPath: $0) }, pdfEngine: engine))
        let kind = letter.name.kind == .alert ? askedKind ?? .initial : letter.name.kind
        report(letter.result, kind: kind, format: format, workspace: workspace)
        if let output {
            try Self.write(Data(letter.result.files[0].data), to: output)
        } else {
            let written = try Workspace.write(letter, into: folder)
            Console.note("wrote \(written.relativePath) (from \(letter.referral.lastPathComponent))")
        }
    }

    /// The checks' warnings and the plan's status, one line each.
    func report(_ result: ConversionResult, kind: LetterKind, format: ConvertFormat, workspace: Workspace) {
        result.warnings.forEach(Console.warning)
        let path = result.referral.source.path
        switch result.plan.status {
        case .referBack:
            let letter = format == .json || kind == .alert ? "" : "; writing an alert letter, not \(kind)"
            Console.warning(
                "\(path): refer-back: a red flag was found, the client must see the provider first\(letter)")
        case .needsReview:
            Console.warning(
                "\(path): needs-review: the plan waits for the provider's answers (\(result.plan.questions.count) question(s) in the letter)"
            )
        case .ready:
            break
        }
        if format != .json, workspace.practice == nil {
            Console.warning("no --practice profile; the letterhead and signature are placeholders")
        }
    }

    /// Standard output for nil or `-`; otherwise an atomic, owner-only file.
    static func write(_ data: Data, to output: String?) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try AtomicWriter.write(data, to: URL(fileURLWithPath: output), permissions: 0o600)
    }
}
