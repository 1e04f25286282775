import Foundation
import LiaisonTestSupport
import XCTest

/// Runs `arguments` in `folder` and checks what a user would: the exit status, exactly one line
/// on standard error starting `liaison: error: ` and holding each of `parts`, nothing on standard
/// output, and the folder holding what it held before (nothing written, no temporary file).
func assertRefused(
    _ arguments: [String], in folder: ScratchFolder, status: Int32, _ parts: String...,
    file: StaticString = #filePath, line: UInt = #line
) throws {
    try assertRefused(arguments, in: folder, status: status, parts: parts, file: file, line: line)
}

/// ``assertRefused(_:in:status:_:file:line:)`` with the expected parts as a list.
func assertRefused(
    _ arguments: [String], in folder: ScratchFolder, status: Int32, parts: [String],
    file: StaticString = #filePath, line: UInt = #line
) throws {
    let before = folder.contents()
    let result = try folder.run(arguments)
    XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)", file: file, line: line)
    XCTAssertEqual(result.errorLines.count, 1, "one line expected: \(result.stderr)", file: file, line: line)
    XCTAssertTrue(result.stderr.hasPrefix("liaison: error: "), result.stderr, file: file, line: line)
    for part in parts {
        XCTAssertTrue(result.stderr.contains(part), "'\(part)' not in: \(result.stderr)", file: file, line: line)
    }
    XCTAssertEqual(result.stdout, "", file: file, line: line)
    XCTAssertEqual(folder.contents(), before, "the refused run wrote files", file: file, line: line)
}

/// The sample practice profile's path.
let practice = TestPaths.samples.appendingPathComponent("practice.yaml").path
