import ArgumentParser
import Foundation
import LiaisonEngine
import LiaisonImport
import LiaisonModel

/// `liaison plan FILE...`: imports each referral and prints its exercise plan.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Build an explainable exercise plan from referral documents.",
        discussion: """
            With several FILEs and --format json, prints one compact JSON object per line (JSON Lines), \
            each with a "file" key. A file that cannot be read is reported on standard error and the \
            others are still planned; the exit code is then that of the first error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Referral documents (CDA or plain referral XML).", valueName: "FILE"))
    var files: [String]

    @Option(help: "Output format: text or json.") var format: Format = .text
    @Option(help: ArgumentHelp("A client profile (YAML).", valueName: "FILE")) var client: String?
    @Option(help: ArgumentHelp("Reference date YYYY-MM-DD (default: today, UTC).", valueName: "DATE")) var date: String?
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one referral FILE") }
        if let date, CalendarDate(date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
    }

    func run() async throws {
        let day = date.flatMap(CalendarDate.init) ?? CalendarDate.today()
        let profile = try client.map { try ClientProfileReader.read(contentsOf: URL(fileURLWithPath: $0)) }
        let base = try knowledgeBase.load()
        let planner = Planner(knowledgeBase: base)
        let options = ImportOptions(vocabulary: NarrativeVocabulary(base.vocabulary), referenceDate: day)
        var firstError: LiaisonError?
        let lineEncoder = JSONEncoder()  // one for the whole run
        lineEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (index, file) in files.enumerated() {
            do {
                let referral = try ReferralImporter.read(contentsOf: URL(fileURLWithPath: file), options: options)
                let plan = planner.plan(for: referral, client: profile, on: day)
                try write(plan, file: file, first: index == 0, lineEncoder: lineEncoder)
            } catch let error as LiaisonError {
                if files.count == 1 { throw error.inFile(file) }
                Console.error(error.inFile(file).description)
                firstError = firstError ?? error
            }
        }
        if let firstError { Foundation.exit(firstError.code.exitCode) }
    }

    private func write(_ plan: Plan, file: String, first: Bool, lineEncoder: JSONEncoder) throws {
        switch (format, files.count) {
        case (.json, 1):
            FileHandle.standardOutput.write(try LiaisonJSON.encode(plan))
        case (.json, _):
            var line = try lineEncoder.encode(PlanLine(file: file, plan: plan))
            line.append(0x0A)
            FileHandle.standardOutput.write(line)
        case (.text, _):
            let text = PlanSummary.text(plan, title: file)
            FileHandle.standardOutput.write(Data(((first ? "" : "\n") + text).utf8))
        }
    }
}

/// A plan with the file it was made from: one line of the JSON Lines output.
struct PlanLine: Encodable {
    var file: String
    var plan: Plan

    private enum Keys: String, CodingKey { case file }

    func encode(to encoder: Encoder) throws {
        try plan.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(file, forKey: .file)
    }
}
