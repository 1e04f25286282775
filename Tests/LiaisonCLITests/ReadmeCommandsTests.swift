import Foundation
import LiaisonTestSupport
import XCTest

/// The README's example commands are run as written, so the README cannot go stale: every
/// command of every ```sh block, in order, in one scratch folder that holds the samples, with
/// the built `liaison` first on PATH. (The setup, test and install blocks are plain ``` blocks:
/// they build and install, which this test must not.)
final class ReadmeCommandsTests: XCTestCase {
    /// The commands of the README's ```sh blocks, continuation lines joined.
    static func commands(in readme: String) -> [String] {
        var commands: [String] = []
        var inBlock = false
        var pending = ""
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock = line == "```sh"
                continue
            }
            guard inBlock else { continue }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("\\") {
                pending += text.dropLast() + " "
                continue
            }
            let command = pending + text
            pending = ""
            if !command.isEmpty, !command.hasPrefix("#") { commands.append(command) }
        }
        return commands
    }

    func testEveryExampleCommandRunsAsWritten() throws {
        let readme = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = Self.commands(in: readme)
        XCTAssertGreaterThanOrEqual(commands.count, 8, "the README's trainer's day lost its examples")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestPaths.samples, to: folder.appendingPathComponent("Samples"))
        var environment = ProcessInfo.processInfo.environment
        let bin = TestPaths.liaisonBinary.deletingLastPathComponent().path
        environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        for command in commands {
            let result = try run(command, in: folder, environment: environment)
            XCTAssertEqual(result.status, 0, "README command failed: \(command)\n\(result.stderr)")
            XCTAssertFalse(result.stderr.contains("error:"), "README command printed an error: \(command)")
            // Every file the example writes with -o exists and is not empty.
            let words = command.split(separator: " ").map(String.init)
            if let o = words.firstIndex(of: "-o"), o + 1 < words.count {
                let written = folder.appendingPathComponent(words[o + 1])
                let size = (try? FileManager.default.attributesOfItem(atPath: written.path))?[.size] as? Int ?? 0
                XCTAssertGreaterThan(size, 0, "\(command) wrote nothing to \(words[o + 1])")
            }
        }
    }

    /// Every subcommand the README's command table names has help, so the table names real
    /// commands.
    func testTheCommandTableNamesRealCommands() throws {
        let readme = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let named = Set(
            readme.split(separator: "\n").filter { $0.hasPrefix("| `liaison ") }.flatMap { row in
                row.components(separatedBy: "`liaison ").dropFirst().compactMap { $0.split(separator: " ").first }
                    .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
            })
        XCTAssertGreaterThanOrEqual(named.count, 7, "the command table lost rows: \(named.sorted())")
        for name in named.sorted() {
            let result = try runLiaison(["help", name])
            XCTAssertEqual(result.status, 0, "liaison help \(name) failed: \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("USAGE: liaison \(name)"), "liaison help \(name) shows no usage")
        }
    }

    private func run(_ command: String, in folder: URL, environment: [String: String]) throws -> (
        status: Int32, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        process.environment = environment
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("readme-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("readme-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
