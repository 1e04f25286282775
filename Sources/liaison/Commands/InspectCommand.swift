import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `liaison inspect FILE...`: what Liaison reads from referral documents, as a summary for a
/// trainer or as the JSON contract (docs/formats.md, "The JSON contract").
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what Liaison reads from referral documents (CDA/C-CDA or plain referral XML).",
        discussion: """
            Text is a summary for a trainer; JSON is the import contract, one object per file \
            (pretty for one file, one compact object per line for several). A file that cannot be \
            read gets one error line on standard error and nothing on standard output; the others \
            are still shown, and the exit status is non-zero.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Referral documents to read.")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many megabytes.")
    var maxSize: Double = 20

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one referral file") }
        if !(maxSize > 0) { throw ValidationError("--max-size must be a positive number of megabytes") }
    }

    func run() async throws {
        let workspace = try Workspace(knowledgeBase)
        let maxBytes = Int(maxSize * 1024 * 1024)
        let writer = format == .text ? "text" : files.count == 1 ? "json" : "jsonl"
        let errors = ManyFiles.run(files, separator: writer == "text") { file in
            let referral = try workspace.read(contentsOf: URL(fileURLWithPath: file), maxBytes: maxBytes)
            return try Workspace.write(referral, as: writer)
        }
        guard let first = errors.first else { return }
        // One file alone: its error goes up with its own exit code (Liaison.main prints it).
        if files.count == 1 { throw first }
        throw ExitCode(1)
    }
}
