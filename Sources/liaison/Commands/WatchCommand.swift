import ArgumentParser
import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonModel
import LiaisonPipeline
import Logging

/// `liaison watch DIR`: converts every referral dropped into `DIR/inbox`.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch DIR/inbox and convert every referral dropped there.",
        discussion: """
            Letters go to DIR/outbox/<name>/, originals to DIR/archive/ after success or to \
            DIR/failed/ with <name>.error.txt. Files are taken once they stop changing; the \
            ledger DIR/.liaison/ledger.sqlite records every document ('liaison status DIR'). \
            SIGTERM or SIGINT finishes the documents in flight and exits 0.
            """)

    @Argument(help: "The watched folder (inbox/, outbox/, archive/ and failed/ are created).")
    var folder: String

    @Option(help: "How many documents to convert at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Comma-separated outputs: html, markdown, json.")
    var format: String = "html,markdown,json"

    @Option(help: ArgumentHelp("The practice profile (YAML) that signs the letters.", valueName: "file"))
    var practice: String?

    @Option(
        help: ArgumentHelp("The letter and plan date, YYYY-MM-DD (default: the day of conversion).", valueName: "date"))
    var date: String?

    @Option(help: "Seconds a file must stay unchanged before it is taken.")
    var settle: Double = 2

    @Option(help: "Seconds between full rescans of the inbox (change notifications miss network shares).")
    var rescan: Double = 5

    @Flag(help: "Convert files whose content was already converted instead of archiving them as duplicates.")
    var reprocess = false

    @Flag(help: "Stop when the inbox is empty and every document taken is finished.")
    var once = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard settle >= 0, rescan > 0 else { throw ValidationError("--settle and --rescan must be positive") }
        do {
            _ = try Artifact.parse(format)
        } catch let error as LiaisonError {
            throw ValidationError(error.description)
        }
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD")
        }
    }

    func run() async throws {
        var logger = Logger(label: "liaison.watch")
        logger.logLevel = .info
        let options = WatchOptions(
            root: URL(fileURLWithPath: folder), jobs: jobs, artifacts: try Artifact.parse(format), settle: settle,
            rescan: rescan, reprocess: reprocess, once: once)
        let converter = try ReferralConverter(
            knowledgeBase: try KnowledgeBase.builtIn(), date: date.flatMap(CalendarDate.init),
            practice: practice.map { URL(fileURLWithPath: $0) })
        let service = try WatchService(options: options, converter: converter, logger: logger)
        try await service.runUntilSignalled()
    }
}
