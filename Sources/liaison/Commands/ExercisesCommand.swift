import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `liaison exercises`: lists the exercise library.
struct ExercisesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises", abstract: "List the exercise library of the knowledge base.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.") var format: Format = .text
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let workspace = try Workspace(knowledgeBase)
        FileHandle.standardOutput.write(try workspace.exerciseList(as: format.rawValue))
    }
}
