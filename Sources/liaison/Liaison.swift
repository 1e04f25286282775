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
            ExercisesCommand.self, BatchCommand.self, WatchCommand.self, StatusCommand.self, ClientsCommand.self,
        ]
    )

    /// Runs the command; every failure becomes one line on standard error and a fixed exit code
    /// (README "Exit codes"), never a stack trace.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            try Usage.checkHelpTopic(arguments)
            var command = try parseAsRoot(arguments)
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
                // Usage errors are one line and exit 2 throughout Liaison (argument-parser
                // prints several lines and exits 64).
                Console.error(Usage.line(for: error, arguments: arguments))
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

    /// Prints `liaison: MESSAGE` on standard error: what was done, for the user at the terminal.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("liaison: \(message)\n".utf8))
    }

    /// Prints a diagnostic that is not an error (a record that cannot be checked) as a warning.
    static func warning(_ diagnostic: Diagnostic) {
        warning((diagnostic.location.map { "\($0): " } ?? "") + diagnostic.message)
    }
}
