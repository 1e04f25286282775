import Foundation
import LiaisonKit
import LiaisonModel
import LiaisonPipeline
import XCTest

/// A converter for testing the pipeline's own logic: documents containing `BAD` fail as
/// malformed, everything else becomes small outputs naming the input, with a plan that is
/// `refer-back` when the document contains `RED FLAG`, `needs-review` for `UNCLEAR`, else
/// `ready`; every call is counted.
final class FakeConverter: DocumentConverter, @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []

    var calls: [String] { lock.withLock { names } }

    func convert(_ data: Data, sha256: String, path: String, artifacts: [Artifact]) throws -> Conversion {
        lock.withLock { names.append(path) }
        let text = String(decoding: data, as: UTF8.self)
        if text.contains("BAD") {
            throw LiaisonError(.malformedInput, "not well-formed", at: SourceLocation(file: path, line: 1, column: 1))
        }
        let plan: Plan.Status =
            text.contains("RED FLAG") ? .referBack : text.contains("UNCLEAR") ? .needsReview : .ready
        return Conversion(
            files: artifacts.map { RenderedFile(artifact: $0, data: Array("\($0.fileName) for \(path)\n".utf8)) },
            plan: plan)
    }
}

extension XCTestCase {
    /// A fresh temporary folder named after the test, removed (with its per-call parent) when
    /// the test case tears down. Tests that make files read-only restore them before that.
    func temporaryFolder(_ name: String = #function) throws -> URL {
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-pipeline-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        let url = parent.appendingPathComponent(name.filter { $0.isLetter || $0.isNumber })
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: parent) }
        return url
    }
}

func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

func names(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
}

func mode(of url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? Int) ?? -1
}
