import ArgumentParser
import LiaisonModel

/// `liaison inspect` (not built yet).
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison inspect' is not built yet")
    }
}
