import Foundation
import LiaisonTestSupport
import XCTest

/// `liaison inspect` run as a user runs it (build first: `swift build`).
final class InspectCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func file(_ name: String, _ contents: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    private static let referral = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <id root="2.16.840.1.113883.19.5" extension="r-42"/>
          <code code="57133-1" codeSystem="2.16.840.1.113883.6.1"/>
          <title>Referral for exercise</title>
          <effectiveTime value="20261109"/>
          <recordTarget><patientRole><patient><name><given>Sam</given><family>Fictional</family></name>
            <administrativeGenderCode code="M"/><birthTime value="19800202"/></patient></patientRole></recordTarget>
          <author><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1234567893"/>
            <assignedPerson><name><given>Pat</given><family>Provider</family></name></assignedPerson></assignedAuthor></author>
          <component><structuredBody><component><section>
            <code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/><text>Problems</text>
            <entry><observation classCode="OBS" moodCode="EVN">
              <templateId root="2.16.840.1.113883.10.20.22.4.4"/><code code="55607006" codeSystem="2.16.840.1.113883.6.96"/>
              <value xsi:type="CD" code="M51.16" codeSystem="2.16.840.1.113883.6.90" displayName="Lumbar disc disorder with radiculopathy">
                <translation code="202708005" codeSystem="2.16.840.1.113883.6.96"/></value>
            </observation></entry>
          </section></component></structuredBody></component>
        </ClinicalDocument>
        """

    func testTextSummary() throws {
        let path = try file("referral.xml", Self.referral)
        let result = try runLiaison(["inspect", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains("Sam Fictional"))
        XCTAssertTrue(result.stdout.contains("Pat Provider, NPI 1234567893"))
        XCTAssertTrue(result.stdout.contains("ICD-10-CM M51.16 Lumbar disc disorder with radiculopathy"))
        XCTAssertTrue(result.stdout.contains("also SNOMED-CT 202708005"))
    }

    func testJSONContract() throws {
        let path = try file("referral.xml", Self.referral)
        let result = try runLiaison(["inspect", "--format", "json", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(
            Set(object.keys),
            [
                "source", "document", "patient", "referringProvider", "recipient", "reason", "surgeryDate",
                "diagnoses", "restrictions", "redFlags", "reviewItems", "warnings",
            ])
        let source = try XCTUnwrap(object["source"] as? [String: Any])
        XCTAssertEqual(source["format"] as? String, "cda")
        XCTAssertEqual(source["path"] as? String, path)
        XCTAssertEqual((source["sha256"] as? String)?.count, 64)
        let diagnosis = try XCTUnwrap((object["diagnoses"] as? [[String: Any]])?.first)
        XCTAssertEqual(diagnosis["code"] as? String, "M51.16")
        XCTAssertEqual(diagnosis["system"] as? String, "ICD-10-CM")
        XCTAssertEqual((diagnosis["alternateCodes"] as? [[String: String]])?.first?["system"], "SNOMED-CT")
        XCTAssertEqual((diagnosis["source"] as? [String: Any])?["section"] as? String, "11450-4")
        XCTAssertEqual((object["referringProvider"] as? [String: Any])?["npi"] as? String, "1234567893")
    }

    /// Each bad input: exactly one error line naming PATH:LINE:COL, nothing on stdout, exit 1.
    func testBadInputsGetOneLocatedErrorLine() throws {
        let cases: [(String, String, String)] = [
            ("malformed.xml", "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n  <title>cut</ClinicalDocument>", ":2:"),
            ("doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<ClinicalDocument/>", ":2:"),
            ("scan.pdf", "%PDF-1.7\n%\u{e2}\u{e3}\n1 0 obj\n", ":1:1: this is a PDF"),
            ("empty.xml", "", ":1:1: the file is empty"),
        ]
        for (name, contents, expected) in cases {
            let path = try file(name, contents)
            let result = try runLiaison(["inspect", path])
            XCTAssertEqual(result.status, 1, name)
            XCTAssertEqual(result.stdout, "", name)
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.count, 2, "one line and its newline: \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("liaison: error: \(path):"), result.stderr)
            XCTAssertTrue(result.stderr.contains(expected), "\(name): \(result.stderr)")
            XCTAssertNotNil(
                result.stderr.range(of: #"^liaison: error: .+:\d+:\d+: .+"#, options: .regularExpression), result.stderr
            )
        }
    }

    func testSeveralFilesReportEachFailureAndGoOn() throws {
        let good = try file("referral.xml", Self.referral)
        let bad = try file("empty.xml", " ")
        let result = try runLiaison(["inspect", "--format", "json", bad, good, good])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "one compact JSON object per readable file")
        for line in lines { XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8))) }
        XCTAssertEqual(
            result.stderr,
            "liaison: error: \(bad):1:1: the file is empty (export the referral again; the copy may have been cut short)\n"
        )
    }

    func testMissingFileAndTooLarge() throws {
        let missing = folder.appendingPathComponent("nope.xml").path
        let result = try runLiaison(["inspect", missing])
        XCTAssertEqual(result.status, 4)
        XCTAssertTrue(result.stderr.hasPrefix("liaison: error: \(missing): cannot read the file"), result.stderr)
        let big = try file("big.xml", Self.referral)
        let small = try runLiaison(["inspect", "--max-size", "0.001", big])
        XCTAssertEqual(small.status, 1)
        XCTAssertEqual(small.stdout, "")
        XCTAssertTrue(small.stderr.contains("over the"), small.stderr)
    }
}
