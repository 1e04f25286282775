import ArgumentParser
import Foundation
import LiaisonEngine
import LiaisonModel

/// `--protocols DIR`, shared by every command that uses the knowledge base.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(
        name: .customLong("protocols"),
        help: ArgumentHelp("A knowledge-base folder to use instead of the built-in one.", valueName: "DIR"))
    var folder: String?

    /// The knowledge base, loaded once: the given folder, else the built-in one.
    func load() throws -> KnowledgeBase {
        guard let folder else { return try KnowledgeBase.builtIn() }
        let url = URL(fileURLWithPath: folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LiaisonError(
                .configuration, "no knowledge-base folder here", at: SourceLocation(file: folder),
                hint: "give --protocols a folder holding the YAML files (a copy of Protocols/)")
        }
        return try KnowledgeBase.load(from: url)
    }
}

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
            guard let path = folder ?? options.folder ?? BuiltInResources.folder(named: "Protocols")?.path else {
                throw LiaisonError(
                    .configuration, "cannot find the built-in Protocols folder",
                    hint: "give the folder: liaison protocols check DIR")
            }
            let diagnostics = KnowledgeBase.check(folder: URL(fileURLWithPath: path))
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
            let base = try KnowledgeBase.load(from: URL(fileURLWithPath: path))
            print(
                "\(path): ok (\(base.conditions.count) conditions, \(base.protocols.count) protocols, "
                    + "\(base.exercises.count) exercises, \(base.sources.count) sources)")
        }
    }
}
