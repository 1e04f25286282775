import ArgumentParser
import Foundation
import LiaisonModel

/// `liaison`: referral documents in, exercise plans and provider letters out.
@main
struct Liaison: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Read provider referrals, plan exercise programs, and write letters back.",
        version: "0.1.0",
        subcommands: [
            InspectCommand.self, PlanCommand.self, ConvertCommand.self, ProtocolsCommand.self,
            ExercisesCommand.self, BatchCommand.self, WatchCommand.self, StatusCommand.self,
        ]
    )

    /// Runs the command; every failure becomes one line on standard error and a fixed exit code
    /// (README "Exit codes"), never a stack trace.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as LiaisonError {
            Console.error(error.description)
            Foundation.exit(error.code.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit {
                exit(withError: error)
            }
            if code == .validationFailure {
                // Usage errors exit 2 throughout Liaison (argument-parser's default is 64).
                let message = fullMessage(for: error)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(LiaisonError.Code.usage.exitCode)
            }
            exit(withError: error)
        }
    }
}

/// Writing to the terminal.
enum Console {
    /// Prints `liaison: error: MESSAGE` on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("liaison: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("liaison: warning: \(message)\n".utf8))
    }
}
