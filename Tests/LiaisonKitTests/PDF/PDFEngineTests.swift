import Foundation
import LiaisonKit
import LiaisonModel
import XCTest

/// Finding Chromium, and a Chromium that hangs.
final class PDFEngineTests: XCTestCase {
    func testNoChromiumOnThePathNamesWhatToInstall() {
        XCTAssertThrowsError(try PDFEngines.chromium(searchPath: "/nonexistent")) { error in
            XCTAssertEqual(
                (error as? LiaisonError)?.description,
                "--format pdf needs headless Chromium; install it (apt-get install chromium / brew install --cask chromium) or pass --pdf-engine PATH"
            )
            XCTAssertEqual((error as? LiaisonError)?.code.exitCode, 4)
        }
    }

    /// A "Chromium" that never finishes is stopped after the timeout, with an error, not a hang.
    func testAHungEngineIsStopped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-hang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("chromium")
        try "#!/bin/sh\nexec sleep 30\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        var engine = try PDFEngines.chromium(at: script.path)
        engine.timeout = 1
        let start = Date()
        XCTAssertThrowsError(try engine.pdf(fromHTML: Data("<p>x</p>".utf8))) { error in
            XCTAssertEqual((error as? LiaisonError)?.code, .io)
            XCTAssertTrue("\(error)".contains("did not finish the PDF within 1 s"), "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }
}
