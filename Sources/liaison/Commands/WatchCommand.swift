import ArgumentParser
import Foundation
import LiaisonKit
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

    @OptionGroup var conversion: ConversionOptions

    @Option(help: "Seconds a file must stay unchanged before it is taken.")
    var settle: Double = 2

    @Option(help: "Seconds between full rescans of the inbox (change notifications miss network shares).")
    var rescan: Double = 5

    @Flag(help: "Convert files whose content was already converted instead of archiving them as duplicates.")
    var reprocess = false

    @Flag(help: "Stop when the inbox is empty and every document taken is finished.")
    var once = false

    @Flag(help: "Create the watched folder when it does not exist (without it, a missing folder is refused).")
    var create = false

    func validate() throws {
        guard settle >= 0, rescan > 0 else { throw ValidationError("--settle and --rescan must be positive") }
    }

    func run() async throws {
        var logger = Logger(label: "liaison.watch")
        logger.logLevel = .info
        let options = WatchOptions(
            root: URL(fileURLWithPath: folder), jobs: conversion.cappedJobs, artifacts: try conversion.artifacts(),
            settle: settle, rescan: rescan, reprocess: reprocess, once: once, alert: try conversion.alert(),
            create: create)
        let converter = try conversion.workspace()
        let service = try WatchService(options: options, converter: converter, logger: logger)
        try await service.runUntilSignalled()
    }
}
