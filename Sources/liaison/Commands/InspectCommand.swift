import ArgumentParser
import Foundation
import LiaisonEngine
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

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one referral file") }
        if !(maxSize > 0) { throw ValidationError("--max-size must be a positive number of megabytes") }
    }

    func run() async throws {
        let vocabulary = NarrativeVocabulary(try knowledgeBase.load().vocabulary)
        let options = ImportOptions(vocabulary: vocabulary, maxBytes: Int(maxSize * 1024 * 1024))
        if files.count == 1 {
            // One file alone: its error goes up with its own exit code (Liaison.main prints it).
            FileHandle.standardOutput.write(try inspect(files[0], index: 0, options: options).get())
            return
        }
        var failures = 0
        // Files are read two or more at a time (one per core) and printed in the order given.
        let chunkSize = 32
        for start in stride(from: 0, to: files.count, by: chunkSize) {
            let indices = Array(start..<min(start + chunkSize, files.count))
            let results = ResultSlots(count: indices.count)
            DispatchQueue.concurrentPerform(iterations: indices.count) { slot in
                results.set(slot, inspect(files[indices[slot]], index: indices[slot], options: options))
            }
            for result in results.all {
                switch result {
                case .success(let output): FileHandle.standardOutput.write(output)
                case .failure(let error):
                    Console.error(error.description)
                    failures += 1
                }
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Reads one file and renders it; nothing is rendered for a file that fails.
    private func inspect(_ file: String, index: Int, options: ImportOptions) -> Result<Data, LiaisonError> {
        do {
            let referral = try ReferralImporter.read(contentsOf: URL(fileURLWithPath: file), options: options)
            return .success(try render(referral, separator: index > 0))
        } catch let error as LiaisonError {
            return .failure(error.inFile(file))
        } catch {
            return .failure(LiaisonError(.io, "cannot write the result: \(error)", at: SourceLocation(file: file)))
        }
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

/// Results filled in by concurrent workers, one slot each, read after they have all finished.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<Data, LiaisonError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Data, LiaisonError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var all: [Result<Data, LiaisonError>] { slots.compactMap { $0 } }
}
