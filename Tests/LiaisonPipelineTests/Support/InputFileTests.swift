import Foundation
import LiaisonModel
import XCTest

@testable import LiaisonPipeline

/// A referral file is read whole and exactly, whatever its size, and one over the limit is
/// refused saying so.
final class InputFileTests: XCTestCase {
    private func file(_ name: String, bytes: Int) throws -> (URL, Data) {
        let data = Data((0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let url = try temporaryFolder().appendingPathComponent(name)
        try data.write(to: url)
        return (url, data)
    }

    func testReadsFilesOfEverySizeExactly() throws {
        for size in [0, 1, 65_535, 65_536, 65_537, 300_001] {
            let (url, data) = try file("f\(size).xml", bytes: size)
            guard case .read(let read, let identity) = try InputFile.read(url, followLinks: false) else {
                return XCTFail("\(size) bytes: not read")
            }
            XCTAssertEqual(read, data, "\(size) bytes")
            XCTAssertEqual(identity.size, Int64(size))
        }
    }

    func testAFileLongerThanItsSizeWhenOpenedIsReadToTheEnd() throws {
        let (url, data) = try file("grown.xml", bytes: 200_000)
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        XCTAssertEqual(try InputFile.readAll(fd, url: url, limit: 1 << 20, expected: 10), data)
    }

    func testAFileOverTheLimitIsRefusedNamingTheLimit() throws {
        let (url, _) = try file("big.xml", bytes: 2 * 1024 * 1024 + 1)
        XCTAssertThrowsError(try InputFile.read(url, followLinks: false, limit: 2 * 1024 * 1024)) { error in
            let liaison = error as? LiaisonError
            XCTAssertEqual(liaison?.code, .inputTooLarge)
            XCTAssertEqual(liaison?.message, "larger than 2 MB")
        }
        let (exact, data) = try file("exact.xml", bytes: 2 * 1024 * 1024)
        guard case .read(let read, _) = try InputFile.read(exact, followLinks: false, limit: 2 * 1024 * 1024) else {
            return XCTFail("a file of exactly the limit is read")
        }
        XCTAssertEqual(read, data)
    }
}
