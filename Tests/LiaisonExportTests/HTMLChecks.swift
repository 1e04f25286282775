import Foundation
import XCTest

/// Offline HTML validators run from tests: `xmllint --html` (libxml2-utils) and Python's
/// html5lib in strict mode (`pip install html5lib`). A missing tool skips with the install line;
/// it never passes silently.
enum HTMLChecks {
    /// Errors `xmllint --html --noout` prints for `html`, or nil when the tool is missing.
    static func xmllintErrors(_ html: String) throws -> String? {
        guard let tool = which("xmllint") else { return nil }
        return try run(tool, ["--html", "--noout", "-"], input: html).stderr
    }

    /// Strict html5lib parse: "" when valid, else the parse errors; nil when python3 or html5lib
    /// is missing.
    static func html5libErrors(_ html: String) throws -> String? {
        guard let python = which("python3") else { return nil }
        let script = """
            import sys
            try:
                import html5lib
            except ImportError:
                sys.exit(3)
            parser = html5lib.HTMLParser(strict=False)
            parser.parse(sys.stdin.buffer.read())
            for pos, code, data in parser.errors:
                print(pos, code, data)
            """
        let result = try run(python, ["-c", script], input: html)
        return result.status == 3 ? nil : result.stdout + result.stderr
    }

    /// Tag names and the text of an HTML document, parsed by html5lib as a browser would.
    static func elementsAndText(_ html: String) throws -> (tags: [String], text: String)? {
        guard let python = which("python3") else { return nil }
        let script = """
            import sys
            try:
                import html5lib
            except ImportError:
                sys.exit(3)
            doc = html5lib.parse(sys.stdin.buffer.read(), namespaceHTMLElements=False)
            print(" ".join(e.tag for e in doc.iter() if isinstance(e.tag, str)))
            body = doc.find("body")
            print("".join(body.itertext()).replace("\\n", " "))
            """
        let result = try run(python, ["-c", script], input: html)
        guard result.status == 0 else { return nil }
        let lines = result.stdout.split(separator: "\n", maxSplits: 1).map(String.init)
        return (lines.first?.split(separator: " ").map(String.init) ?? [], lines.count > 1 ? lines[1] : "")
    }

    static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String], input: String) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads so neither pipe fills up and blocks.
        DispatchQueue.global().async {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }
}
