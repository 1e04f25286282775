import ArgumentParser
import LiaisonModel

/// `liaison watch` (not built yet).
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison watch' is not built yet")
    }
}
