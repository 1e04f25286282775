import ArgumentParser
import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonImport
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

    @Option(help: "html, markdown or json (default: from the -o extension, else html).")
    var format: String?

    @Option(help: "initial, progress or discharge (alert is chosen automatically).")
    var kind: String = LetterKind.initial.rawValue

    @Option(help: ArgumentHelp("The practice profile (YAML) that signs the letter.", valueName: "file"))
    var practice: String?

    @Option(
        help: ArgumentHelp(
            "The client's progress record (YAML), for progress and discharge letters.", valueName: "file"))
    var progress: String?

    @Option(help: ArgumentHelp("A client profile (YAML), as for `liaison plan`.", valueName: "file"))
    var client: String?

    @Option(help: ArgumentHelp("A folder of templates that replace the built-in ones file by file.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("A knowledge base folder instead of the built-in Protocols/.", valueName: "dir"))
    var protocols: String?

    @Option(help: ArgumentHelp("The letter and plan date, YYYY-MM-DD (default: today).", valueName: "date"))
    var date: String?

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown --format '\(format)'; use html, markdown or json")
        }
        guard let kind = LetterKind(rawValue: kind), kind != .alert else {
            throw ValidationError("unknown --kind '\(kind)'; use initial, progress or discharge")
        }
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD")
        }
    }

    /// The format asked for, else the one the output file's extension names, else HTML.
    var resolvedFormat: OutputFormat {
        if let format, let chosen = OutputFormat(rawValue: format) { return chosen }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "md", "markdown": return .markdown
        case "json": return .json
        default: return .html
        }
    }

    func run() async throws {
        let format = resolvedFormat
        let day = date.flatMap(CalendarDate.init) ?? CalendarDate.today()
        let practiceYAML = try practice.map { try Self.readText($0, what: "practice profile") }
        let progressYAML = try progress.map { try Self.readText($0, what: "progress record") }
        let profile = try client.map { try ClientProfileReader.read(contentsOf: URL(fileURLWithPath: $0)) }
        let knowledgeBase =
            try protocols.map { try KnowledgeBase.load(from: URL(fileURLWithPath: $0)) }
            ?? KnowledgeBase.builtIn()
        let referral = try ReferralImporter.read(
            contentsOf: URL(fileURLWithPath: file),
            options: ImportOptions(vocabulary: NarrativeVocabulary(knowledgeBase.vocabulary), referenceDate: day))
        let plan = Planner(knowledgeBase: knowledgeBase).plan(for: referral, client: profile, on: day)
        let input = LetterInput(
            referral: referral, plan: plan, kind: LetterKind(rawValue: kind) ?? .initial, practiceYAML: practiceYAML,
            progressYAML: progressYAML, templateOverrides: templates.map { URL(fileURLWithPath: $0) },
            practiceFile: practice, progressFile: progress)
        switch plan.status {
        case .referBack:
            let letter = format == .json ? "" : "; writing an alert letter, not \(kind)"
            Console.warning(
                "\(file): refer-back: a red flag was found, the client must see the provider first\(letter)")
        case .needsReview:
            Console.warning(
                "\(file): needs-review: the plan waits for the provider's answers (\(plan.questions.count) question(s) in the letter)"
            )
        case .ready:
            break
        }
        if format != .json {
            if practice == nil {
                Console.warning("no --practice profile; the letterhead and signature are placeholders")
            }
        }
        let data = try Exporter.render(input, as: format)
        try Self.write(data, to: output)
    }

    static func readText(_ path: String, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LiaisonError(
                .io, "cannot read the \(what)", at: SourceLocation(file: path), hint: "check the path and permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LiaisonError(.configuration, "the \(what) is not UTF-8 text", at: SourceLocation(file: path))
        }
        return text
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
