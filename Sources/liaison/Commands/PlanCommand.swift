import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `liaison plan FILE...`: imports each referral and prints its exercise plan.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Build an explainable exercise plan from referral documents.",
        discussion: """
            With several FILEs and --format json, prints one compact JSON object per line (JSON Lines), \
            each with a "file" key. A file that cannot be read is reported on standard error and the \
            others are still planned; the exit code is then that of the first error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Referral documents (CDA or plain referral XML).", valueName: "FILE"))
    var files: [String]

    @Option(help: "Output format: text or json.") var format: Format = .text
    @Option(help: ArgumentHelp("A client profile (YAML).", valueName: "FILE")) var client: String?
    @OptionGroup var date: DateOption
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one referral FILE") }
    }

    func run() async throws {
        let workspace = try Workspace(knowledgeBase, date: date)
        let profile = try client.map { try Workspace.client(URL(fileURLWithPath: $0)) }
        let writer = format == .text ? "text" : files.count == 1 ? "json" : "jsonl"
        let errors = ManyFiles.run(files, separator: writer == "text") { file in
            let (_, plan, warnings) = try workspace.plan(
                contentsOf: URL(fileURLWithPath: file), client: profile, on: nil)
            warnings.forEach(Console.warning)
            return try Workspace.write(plan, file: file, as: writer)
        }
        guard let first = errors.first else { return }
        if files.count == 1 { throw first }
        Foundation.exit(first.code.exitCode)
    }
}
