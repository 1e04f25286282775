import Foundation
import LiaisonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--on-alert COMMAND`: a program a practice wires to its own notification, run whenever a
/// letter is a red-flag alert (the plan is `refer-back`), with the document's output folder as
/// its last argument.
///
/// Run as an argument vector (posix_spawn, ``Spawn``), never through a
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
    /// (cannot start, killed after the timeout, its exit status). It runs in a process group of
    /// its own, so the timeout stops whatever it started too.
    public func run(for folder: URL, ledgerID: Int64?) -> String? {
        var environment = ProcessInfo.processInfo.environment
        environment["LIAISON_PLAN"] = Plan.Status.referBack.rawValue
        environment["LIAISON_LEDGER_ID"] = ledgerID.map(String.init) ?? ""
        let argv = [program.path] + arguments.dropFirst() + [folder.path]
        let pid: pid_t
        do {
            pid = try Spawn.start(argv, environment: environment.map { "\($0.key)=\($0.value)" })
        } catch {
            return "cannot start \(program.path): \(error)"
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() >= deadline {
                kill(-pid, SIGTERM)
                Thread.sleep(forTimeInterval: 0.5)
                kill(-pid, SIGKILL)
                waitpid(pid, &status, 0)
                return "stopped after \(Int(timeout)) s without finishing"
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let signal = status & 0x7F
        if signal != 0 { return "killed by signal \(signal)" }
        let code = (status >> 8) & 0xFF
        return code == 0 ? nil : "exited with status \(code)"
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
