import ArgumentParser
import LiaisonModel

/// `liaison batch` (not built yet).
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison batch' is not built yet")
    }
}
