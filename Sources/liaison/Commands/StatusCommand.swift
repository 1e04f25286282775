import ArgumentParser
import LiaisonModel

/// `liaison status` (not built yet).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison status' is not built yet")
    }
}
