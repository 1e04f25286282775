import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `liaison protocols`: work with the knowledge base.
struct ProtocolsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocols", abstract: "Check a knowledge base (Protocols/ folder).",
        subcommands: [Check.self], defaultSubcommand: Check.self)

    /// `liaison protocols check [DIR]`: every problem, one per line as FILE:LINE:COL.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a knowledge base: unknown keys and tags, dangling exercise ids, sources, patterns.",
            discussion: "Prints each problem as FILE:LINE:COL: severity: message. Exits 3 when any is an error.")

        @Argument(help: ArgumentHelp("The knowledge-base folder (default: the built-in one).", valueName: "DIR"))
        var folder: String?

        @OptionGroup var options: KnowledgeBaseOptions

        func run() async throws {
            let path = try folder ?? options.folder ?? Workspace.builtInProtocols().path
            let diagnostics = Workspace.checkKnowledgeBase(URL(fileURLWithPath: path))
            for diagnostic in diagnostics {
                let notes = diagnostic.notes.isEmpty ? "" : " (\(diagnostic.notes.joined(separator: "; ")))"
                FileHandle.standardError.write(Data("\(diagnostic)\(notes)\n".utf8))
            }
            let errors = diagnostics.filter { $0.severity == .error }.count
            if errors > 0 {
                throw LiaisonError(
                    .configuration, "\(errors) error(s) in the knowledge base", at: SourceLocation(file: path),
                    hint: "fix the lines above and run the check again")
            }
            let base = try Workspace(.init(protocols: URL(fileURLWithPath: path), letters: false)).knowledgeBase
            print(
                "\(path): ok (\(base.conditions.count) conditions, \(base.protocols.count) protocols, "
                    + "\(base.exercises.count) exercises, \(base.sources.count) sources)")
        }
    }
}
