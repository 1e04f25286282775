import Foundation
import LiaisonModel

/// `--on-alert COMMAND`: a program a practice wires to its own notification, run whenever a
/// letter is a red-flag alert (the plan is `refer-back`), with the document's output folder as
/// its last argument.
///
/// Run as an argument vector (Foundation's `Process`, posix_spawn underneath), never through a
/// shell: the command is split at white space, and a file name in the folder's path is one
/// argument whatever it contains. Its output is discarded (it may echo patient details), it is
/// stopped after ``timeout`` seconds, and its failure is reported, never thrown: the document
/// is done whatever the command does.
public struct AlertCommand: Sendable {
    /// The program (a path, or a name looked up on PATH) and its fixed arguments.
    public let arguments: [String]
    public let timeout: Double
    let program: URL

    /// Parses `command`; a usage error when it is empty or the program cannot be found.
    public init(_ command: String, timeout: Double = 30) throws {
        arguments = command.split(whereSeparator: \.isWhitespace).map(String.init)
        self.timeout = timeout
        guard let name = arguments.first else {
            throw LiaisonError(
                .usage, "--on-alert needs a command", hint: "for example --on-alert /usr/local/bin/page-me")
        }
        guard let program = Self.locate(name) else {
            throw LiaisonError(
                .usage, "--on-alert: no executable program '\(name)'",
                hint: "give its full path, or put it on PATH, and make it executable")
        }
        self.program = program
    }

    /// Runs the command for the output folder `folder`; nil when it exited 0, else why not
    /// (not found, killed after the timeout, its exit status).
    public func run(for folder: URL, ledgerID: Int64?) -> String? {
        let process = Process()
        process.executableURL = program
        process.arguments = Array(arguments.dropFirst()) + [folder.path]
        var environment = ProcessInfo.processInfo.environment
        environment["LIAISON_PLAN"] = Plan.Status.referBack.rawValue
        environment["LIAISON_LEDGER_ID"] = ledgerID.map(String.init) ?? ""
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return "cannot start \(program.path): \(error.localizedDescription)"
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
            return "stopped after \(Int(timeout)) s without finishing"
        }
        if process.terminationReason == .uncaughtSignal { return "killed by signal \(process.terminationStatus)" }
        return process.terminationStatus == 0 ? nil : "exited with status \(process.terminationStatus)"
    }

    static func locate(_ name: String) -> URL? {
        if name.contains("/") {
            return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
