import ArgumentParser
import LiaisonModel

/// `liaison plan` (not built yet).
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison plan' is not built yet")
    }
}
