import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel
import LiaisonPipeline

/// Options shared by `liaison batch` and `liaison watch`: what to write, how to plan, and what to
/// run for a red-flag letter.
struct ConversionOptions: ParsableArguments {
    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp("How many documents to convert at once (default: the number of cores).", valueName: "n"))
    var jobsAsked: Int?

    /// `--jobs`, or the number of cores.
    var jobs: Int { jobsAsked ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: "Comma-separated outputs: html, markdown, json.")
    var format: String = "html,markdown,json"

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions
    @OptionGroup var letters: LetterOptions
    @OptionGroup var date: DateOption
    @OptionGroup var allowDate: AllowDateFlag

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

    /// The workspace: knowledge base, templates and practice profile, loaded once; templates only
    /// when a letter is asked for.
    func workspace() throws -> Workspace {
        let wantsLetters = try artifacts().contains { $0.letterFormat != nil }
        return try Workspace(knowledgeBase, letters: wantsLetters ? letters : nil, date: date, allowDate: allowDate)
    }
}
