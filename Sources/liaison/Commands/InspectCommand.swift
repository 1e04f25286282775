import ArgumentParser
import Foundation
import LiaisonImport
import LiaisonModel

/// `liaison inspect FILE...`: what Liaison reads from referral documents, as a summary for a
/// trainer or as the JSON contract (README "JSON contract").
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what Liaison reads from referral documents (CDA/C-CDA or plain referral XML).",
        discussion: """
            Text is a summary for a trainer; JSON is the import contract, one object per file \
            (pretty for one file, one compact object per line for several). A file that cannot be \
            read gets one error line on standard error and nothing on standard output; the others \
            are still shown, and the exit status is non-zero.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Referral documents to read.")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("max-size"), help: "Refuse files larger than this many megabytes.")
    var maxSize: Double = 20

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one referral file") }
        if !(maxSize > 0) { throw ValidationError("--max-size must be a positive number of megabytes") }
    }

    func run() async throws {
        let options = ImportOptions(maxBytes: Int(maxSize * 1024 * 1024))
        var failures = 0
        for (index, file) in files.enumerated() {
            do {
                let referral = try ReferralImporter.read(contentsOf: URL(fileURLWithPath: file), options: options)
                let output = try render(referral, separator: index > 0)
                FileHandle.standardOutput.write(output)
            } catch let error as LiaisonError {
                // One file alone: its own exit code through Liaison.main.
                if files.count == 1 { throw error.inFile(file) }
                Console.error(error.inFile(file).description)
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private func render(_ referral: Referral, separator: Bool) throws -> Data {
        switch format {
        case .json:
            if files.count == 1 { return try LiaisonJSON.encode(referral) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(referral)
            data.append(0x0A)
            return data
        case .text:
            return Data(((separator ? "\n" : "") + ReferralSummary.text(referral)).utf8)
        }
    }
}
