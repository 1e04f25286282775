import ArgumentParser
import LiaisonModel

/// `liaison protocols` (not built yet).
struct ProtocolsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "protocols", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison protocols' is not built yet")
    }
}
