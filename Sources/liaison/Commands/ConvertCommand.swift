import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `liaison convert`: a referral in, a letter to the provider (or the referral and plan as JSON)
/// out.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write a letter to the referring provider, or the referral and plan as JSON.",
        discussion: """
            Reads the referral, plans the program and renders a letter from Templates/. A plan \
            that refers the client back always yields an `alert` letter. Progress and discharge \
            letters need --progress. Without -o (or with -o -) the output goes to standard output; \
            a file is replaced only by an atomic rename and is created readable by you alone.
            """)

    @Argument(help: "The referral document (CDA / C-CDA, or the plain referral XML).")
    var file: String

    @Option(help: "html, markdown (or md), pdf or json (default: from the -o extension, else html).")
    var format: String?

    @Option(
        name: .customLong("pdf-engine"),
        help: ArgumentHelp(
            "The Chromium that prints --format pdf (default: chromium, chromium-browser or google-chrome on PATH).",
            valueName: "path"))
    var pdfEngine: String?

    @Option(help: "initial, progress or discharge (alert is chosen automatically).")
    var kind: String = LetterKind.initial.rawValue

    @Option(
        help: ArgumentHelp(
            "The client's progress record (YAML), for progress and discharge letters.", valueName: "file"))
    var progress: String?

    @Option(help: ArgumentHelp("A client profile (YAML), as for `liaison plan`.", valueName: "file"))
    var client: String?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions
    @OptionGroup var letters: LetterOptions
    @OptionGroup var date: DateOption

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        guard let kind = LetterKind(rawValue: kind), kind != .alert else {
            throw ValidationError("unknown --kind '\(kind)'; use initial, progress or discharge")
        }
    }

    func run() async throws {
        // Every refusal comes before any work, so nothing is written.
        let format = try ConvertFormat.resolve(format: format, output: output)
        let engine = format == .pdf ? try PDFEngines.chromium(at: pdfEngine) : nil
        if format == .pdf, output == nil || output == "-", isatty(STDOUT_FILENO) != 0 {
            throw LiaisonError(.usage, "--format pdf writes a binary file", hint: "pass -o FILE.pdf")
        }
        let workspace = try Workspace(knowledgeBase, letters: format == .json ? nil : letters, date: date)
        let progress = try progress.map { try workspace.progress(URL(fileURLWithPath: $0)) }
        for warning in progress?.warnings ?? [] {
            Console.warning((warning.location.map { "\($0): " } ?? "") + warning.message)
        }
        let client = try client.map { try Workspace.client(URL(fileURLWithPath: $0)) }
        let url = URL(fileURLWithPath: file)
        let result = try workspace.convert(
            ConversionRequest(
                data: try Workspace.contents(of: url), path: url.relativePath,
                outputs: [format.artifact], client: client,
                letter: LetterKind(rawValue: kind) ?? .initial,
                progress: progress))
        switch result.plan.status {
        case .referBack:
            let letter = format == .json ? "" : "; writing an alert letter, not \(kind)"
            Console.warning(
                "\(file): refer-back: a red flag was found, the client must see the provider first\(letter)")
        case .needsReview:
            Console.warning(
                "\(file): needs-review: the plan waits for the provider's answers (\(result.plan.questions.count) question(s) in the letter)"
            )
        case .ready:
            break
        }
        if format != .json, workspace.practice == nil {
            Console.warning("no --practice profile; the letterhead and signature are placeholders")
        }
        let letter = Data(result.files[0].data)
        try Self.write(try engine.map { try $0.pdf(fromHTML: letter) } ?? letter, to: output)
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
