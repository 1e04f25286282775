import ArgumentParser
import LiaisonModel

/// `liaison exercises` (not built yet).
struct ExercisesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "exercises", abstract: "Not built yet.")

    func run() async throws {
        throw LiaisonError(.usage, "'liaison exercises' is not built yet")
    }
}
