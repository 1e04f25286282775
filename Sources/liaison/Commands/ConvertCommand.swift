import ArgumentParser
import LiaisonModel

/// `liaison convert` (not built yet).
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison convert' is not built yet")
    }
}
