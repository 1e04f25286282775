import Foundation
import LiaisonKit
import LiaisonModel

/// What `inspect` and `plan` do with their files: each read (one per core at a time), its output
/// printed in the order given, a file that fails reported in one line and skipped.
enum ManyFiles {
    /// Runs `work` for every file; with `separator`, outputs after the first are preceded by a
    /// blank line. Errors are printed (when there are several files) and returned in order.
    static func run(
        _ files: [String], separator: Bool, work: @escaping @Sendable (String) throws -> Data
    ) -> [LiaisonError] {
        var errors: [LiaisonError] = []
        InOrder.forEach(Array(files.enumerated()), jobs: ProcessInfo.processInfo.activeProcessorCount) { index, file in
            Self.attempt(file) {
                let output = try work(file)
                return separator && index > 0 ? Data("\n".utf8) + output : output
            }
        } deliver: { result in
            switch result {
            case .success(let output): FileHandle.standardOutput.write(output)
            case .failure(let error):
                if files.count > 1 { Console.error(error.description) }
                errors.append(error)
            }
        }
        return errors
    }

    /// `body`'s output, or its error located in `file`.
    static func attempt(_ file: String, _ body: () throws -> Data) -> Result<Data, LiaisonError> {
        do {
            return .success(try body())
        } catch let error as LiaisonError {
            return .failure(error.inFile(file))
        } catch {
            return .failure(LiaisonError(.io, "cannot write the result: \(error)", at: SourceLocation(file: file)))
        }
    }
}
