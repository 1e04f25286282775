import ArgumentParser
import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonModel
import LiaisonPipeline

/// Options shared by `liaison batch` and `liaison watch`: what to write and how to plan.
struct ConversionOptions: ParsableArguments {
    @Option(help: "How many documents to convert at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Comma-separated outputs: html, markdown, json.")
    var format: String = "html,markdown,json"

    @Option(help: ArgumentHelp("The practice profile (YAML) that signs the letters.", valueName: "file"))
    var practice: String?

    @Option(
        help: ArgumentHelp("The letter and plan date, YYYY-MM-DD (default: the day of conversion).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("A knowledge base folder to plan with instead of the built-in one.", valueName: "dir"))
    var protocols: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        do {
            _ = try Artifact.parse(format)
        } catch let error as LiaisonError {
            throw ValidationError(error.description)
        }
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD")
        }
    }

    /// The outputs asked for with `--format`.
    func artifacts() throws -> [Artifact] { try Artifact.parse(format) }

    /// The converter, with the knowledge base, templates and practice profile loaded once.
    func converter() throws -> ReferralConverter {
        // The templates are parsed while the knowledge base is read: start-up is time a second
        // job cannot share.
        let templates = OnAnotherThread { try LetterTemplates.load() }
        let knowledgeBase =
            try protocols.map { try KnowledgeBase.load(from: URL(fileURLWithPath: $0)) } ?? KnowledgeBase.builtIn()
        return try ReferralConverter(
            knowledgeBase: knowledgeBase, templates: templates.value(), date: date.flatMap(CalendarDate.init),
            practice: practice.map { URL(fileURLWithPath: $0) })
    }
}
