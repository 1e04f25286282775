import Foundation
import LiaisonTestSupport
import XCTest

@testable import LiaisonPipeline

/// Helpers for the fault tests: real referral files, the real binary, real folders.
enum RealRun {
    /// A real referral document: the first `Samples/*.xml`, else a referral note from the
    /// public corpus. Nil (the test skips) when neither is present.
    static func referral() -> Data? {
        let samples = (try? TestPaths.samples(endingIn: ".xml")) ?? []
        if let url = samples.first(where: { !$0.lastPathComponent.contains("invalid") }) {
            return try? Data(contentsOf: url)
        }
        guard let corpus = TestPaths.corpus else { return nil }
        let note = corpus.appendingPathComponent(
            "onc-2015-cert-samples/DrummondGroup/ETT_Version_2.1/Drummond_Group_-_Key_Chart/CCDA_723061_20Sep2017_1237580.xml"
        )
        return try? Data(contentsOf: note)
    }

    /// `Samples/NAME`, read (the test skips when it is missing).
    static func sample(_ name: String) throws -> Data {
        guard let data = try? Data(contentsOf: TestPaths.samples.appendingPathComponent(name)) else {
            throw XCTSkip("no Samples/\(name)")
        }
        return data
    }

    /// `Samples/disc-herniation.cda.xml` with a comment that makes its content (and hash) its own.
    static func distinct(_ tag: String) throws -> Data {
        try sample("disc-herniation.cda.xml") + Data("\n<!-- \(tag) -->\n".utf8)
    }

    /// Starts `liaison watch ROOT` with a short settle interval; output goes to `ROOT/../NAME.log`.
    static func watch(_ root: URL, _ extra: [String] = [], log: String = "watch") throws -> Process {
        try start(
            ["watch", root.path, "--settle", "0.5", "--rescan", "1"] + extra,
            log: root.deletingLastPathComponent().appendingPathComponent("\(log).log"))
    }

    /// What a run started by ``watch(_:_:log:)`` wrote.
    static func log(_ root: URL, _ name: String = "watch") -> String {
        (try? String(
            contentsOf: root.deletingLastPathComponent().appendingPathComponent("\(name).log"), encoding: .utf8))
            ?? ""
    }

    /// `count` distinct copies (each with its own trailing comment, so its own hash).
    static func copies(_ count: Int, into folder: URL, prefix: String = "referral") throws -> [String] {
        guard let base = referral() else { throw XCTSkip("no Samples/*.xml and no ../shared/corpus") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try (0..<count).map { i in
            let name = String(format: "\(prefix)-%03d.xml", i)
            try (base + Data("\n<!-- copy \(i) -->\n".utf8)).write(to: folder.appendingPathComponent(name))
            return name
        }
    }

    /// `Samples/disc-herniation.cda.xml` with its first narrative paragraph repeated to about
    /// `bytes` bytes: a valid referral that takes long to convert.
    static func padded(_ tag: String, bytes: Int) throws -> Data {
        let text = String(decoding: try sample("disc-herniation.cda.xml"), as: UTF8.self)
        guard let start = text.range(of: "<paragraph>"),
            let end = text.range(of: "</paragraph>", range: start.upperBound..<text.endIndex)
        else { throw XCTSkip("the sample has no paragraph") }
        let paragraph = String(text[start.lowerBound..<end.upperBound])
        let copies = String(repeating: paragraph, count: max(1, bytes / paragraph.utf8.count))
        return Data((text[..<end.upperBound] + copies + text[end.upperBound...] + "\n<!-- \(tag) -->\n").utf8)
    }

    /// Starts the built binary (or `executable`, given the binary's path among `arguments`)
    /// without waiting; output goes to `log`.
    static func start(_ arguments: [String], log: URL, executable: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable ?? TestPaths.liaisonBinary
        process.arguments = arguments
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// Waits up to `seconds` for `condition`; false on time-out, or as soon as `process` (when
    /// given) has exited without the condition holding.
    @discardableResult
    static func wait(_ seconds: Double, while process: Process? = nil, for condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            if let process, !process.isRunning { return condition() }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    static func kill9(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Every ledger row, oldest first.
    static func rows(_ folder: URL) throws -> [WatchRecord] {
        try Ledger(in: folder).read { db in try WatchRecord.order(sql: "id").fetchAll(db) }
    }

    /// The ledger rows of a batch output folder, in id order.
    static func batchRows(_ folder: URL) throws -> [BatchRecord] {
        try Ledger(in: folder).read { db in try BatchRecord.order(sql: "id").fetchAll(db) }
    }
}
