import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel
import LiaisonPipeline
import Logging

/// `liaison batch INPUT... --output DIR`: converts a backlog of referrals in one run.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert every referral file under the inputs into letters and JSON.",
        discussion: """
            Folders are walked recursively (hidden and temporary files skipped). For an input \
            a/b/name.xml the outputs go to DIR/a/b/name/. DIR/batch-report.json lists every \
            input. Exit status: 0 when all succeeded, 1 when any failed, 2 for a usage error. \
            Running the same batch again after an interruption only redoes what was unfinished.
            """)

    @Argument(help: "Referral files or folders to convert.")
    var inputs: [String]

    @Option(name: [.short, .long], help: "The folder the outputs and batch-report.json go to.")
    var output: String

    @OptionGroup var conversion: ConversionOptions

    @Flag(help: "Flush every output file to disk as it is written (slower; default: once at the end).")
    var flushEachFile = false

    func run() async throws {
        let options = BatchOptions(
            inputs: inputs.map { URL(fileURLWithPath: $0) }, output: URL(fileURLWithPath: output),
            jobs: conversion.cappedJobs, artifacts: try conversion.artifacts(), flushEachFile: flushEachFile,
            alert: try conversion.alert())
        try InputWalker(inputs: options.inputs).validate()
        let converter = try conversion.workspace()
        var logger = Logger(label: "liaison.batch")
        logger.logLevel = .warning
        let progress = ConsoleProgress()
        let runner = try BatchRunner(options: options, converter: converter, observer: progress, logger: logger)
        let summary = try runner.run()
        progress.summarize(summary, report: options.output.appendingPathComponent(BatchReport.fileName))
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
