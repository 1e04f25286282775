import LiaisonModel
import LiaisonRecords
import XCTest

/// The practice profile's `voice` and `paper`.
final class PracticeVoiceTests: XCTestCase {
    func testVoiceAndPaperAreRead() throws {
        let profile = try Records.practice(yaml: "trainer: A\nvoice: we\npaper: a4\n", file: "p.yaml")
        XCTAssertEqual(profile.voice, .plural)
        XCTAssertEqual(profile.paper, .a4)
        let plain = try Records.practice(yaml: "trainer: A\n", file: "p.yaml")
        XCTAssertEqual(plain.voice, .singular)
        XCTAssertEqual(plain.paper, .letter)
    }

    func testAnUnknownValueIsAConfigurationErrorAtItsPlace() {
        for (yaml, line, what) in [
            ("trainer: A\nvoice: They\n", 2, "voice"), ("trainer: A\npaper: legal\n", 2, "paper"),
        ] {
            XCTAssertThrowsError(try Records.practice(yaml: yaml, file: "p.yaml")) { error in
                let error = error as? LiaisonError
                XCTAssertEqual(error?.code.exitCode, 3)
                XCTAssertEqual(error?.location?.line, line)
                XCTAssertTrue(error?.message.contains("unknown \(what)") == true, "\(String(describing: error))")
            }
        }
    }
}
