import ArgumentParser
import Foundation
import LiaisonModel
import LiaisonPipeline

/// `liaison status DIR`: what the ledger of a watched folder or batch output holds.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the ledger of a watched folder or a batch output folder.",
        discussion: "Counts by status, the most recent documents, and the failures with their reasons.")

    @Argument(help: "The folder given to 'liaison watch' or to 'liaison batch --output'.")
    var folder: String

    @Option(help: "How many recent documents and failures to list.")
    var limit: Int = 10

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        let ledger = try Ledger(in: URL(fileURLWithPath: folder), create: false)
        let report = try StatusReport.read(from: ledger, limit: max(1, limit))
        if json {
            FileHandle.standardOutput.write(try LiaisonJSON.encode(report))
        } else {
            FileHandle.standardOutput.write(Data(report.text.utf8))
        }
    }
}
