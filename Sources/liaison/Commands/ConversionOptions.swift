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

    @Option(
        name: .customLong("on-alert"),
        help: ArgumentHelp(
            "A program run for every red-flag alert (refer-back) letter, with the document's output folder as its last argument; words split at spaces, no shell.",
            valueName: "command"))
    var onAlert: String?

    @Option(
        name: .customLong("on-alert-timeout"),
        help: ArgumentHelp("Seconds --on-alert may run before it is stopped.", valueName: "seconds"))
    var onAlertTimeout: Double = 30

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard onAlertTimeout > 0 else { throw ValidationError("--on-alert-timeout must be positive") }
        do {
            _ = try Artifact.parse(format)
        } catch let error as LiaisonError {
            throw ValidationError(error.description)
        }
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD")
        }
    }

    /// `--jobs`, capped at ``JobLimit/maximum`` with a warning.
    var cappedJobs: Int {
        if jobs > JobLimit.maximum {
            Console.warning(
                "--jobs \(jobs) is more than \(JobLimit.maximum); converting \(JobLimit.maximum) documents at once")
        }
        return JobLimit.capped(jobs)
    }

    /// The `--on-alert` command, checked (a usage error when its program is missing).
    func alert() throws -> AlertCommand? {
        try onAlert.map { try AlertCommand($0, timeout: onAlertTimeout) }
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
