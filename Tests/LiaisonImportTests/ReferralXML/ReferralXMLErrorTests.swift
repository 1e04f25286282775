import Foundation
import LiaisonModel
import LiaisonTestSupport
import LiaisonXML
import XCTest

@testable import LiaisonImport

/// Broken plain referrals: each must fail with one clear error naming the file, the line and
/// column of the element at fault, and what to do.
final class ReferralXMLErrorTests: XCTestCase {
    static let header = #"<referral xmlns="urn:liaison:referral:1" version="1">"#
    static let document = #"  <document id="R-1" date="2026-11-02"/>"#
    static let patient = "  <patient><name>Test Person</name></patient>"
    static let provider = "  <referringProvider><name>Dr. Test</name></referringProvider>"

    /// Writes `body` to a temporary file and reads it; returns the referral or the error.
    func read(_ lines: [String]) throws -> Result<Referral, LiaisonError> {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-\(UUID()).referral.xml")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let document = try XMLDocument.parse(contentsOf: url)
        do {
            return .success(
                try ReferralXMLReader.read(
                    document, data: try Data(contentsOf: url), path: url.path, sha256: "0",
                    options: TestKnowledge.options()))
        } catch let error as LiaisonError {
            return .failure(error)
        }
    }

    func assertFails(
        _ lines: [String], line: Int, column: Int, message: String, hint: String,
        file: StaticString = #filePath, at: UInt = #line
    ) throws {
        guard case .failure(let error) = try read(lines) else {
            return XCTFail("expected an error", file: file, line: at)
        }
        XCTAssertEqual(error.code, .unsupportedInput, file: file, line: at)
        XCTAssertEqual(error.location?.line, line, "\(error)", file: file, line: at)
        XCTAssertEqual(error.location?.column, column, "\(error)", file: file, line: at)
        XCTAssertTrue(error.message.contains(message), "\(error)", file: file, line: at)
        XCTAssertTrue(error.hint?.contains(hint) == true, "\(error)", file: file, line: at)
        XCTAssertFalse(error.description.contains("\n"), file: file, line: at)
    }

    func testMinimalReferralReads() throws {
        let referral = try read([Self.header, Self.document, Self.patient, Self.provider, "</referral>"]).get()
        XCTAssertEqual(referral.patient.name, "Test Person")
        XCTAssertEqual(referral.document.date, "2026-11-02")
        XCTAssertTrue(referral.restrictions.isEmpty && referral.redFlags.isEmpty && referral.diagnoses.isEmpty)
    }

    func testTheColumnComesFromTheBytesReadNotFromAFileOfThatName() throws {
        // The pipeline names a document by its input path relative to the folder it was found
        // in, which need not be a file here.
        let lines = [Self.header, #"  <document id="R-1"/>"#, Self.patient, Self.provider, "</referral>"]
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)
        XCTAssertThrowsError(
            try ReferralImporter.read(
                data: data, path: "inbox/no-such-file.referral.xml", options: TestKnowledge.options())
        ) { error in
            let location = (error as? LiaisonError)?.location
            XCTAssertEqual(location?.file, "inbox/no-such-file.referral.xml")
            XCTAssertEqual(location?.line, 2)
            XCTAssertEqual(location?.column, 3, "\(error)")
        }
    }

    func testMissingDocument() throws {
        try assertFails(
            [Self.header, Self.patient, Self.provider, "</referral>"], line: 1, column: 1,
            message: "<referral> has no <document>", hint: "add <document>")
    }

    func testMissingDate() throws {
        try assertFails(
            [Self.header, #"  <document id="R-1"/>"#, Self.patient, Self.provider, "</referral>"], line: 2, column: 3,
            message: "<document> has no date attribute", hint: "add date=")
    }

    func testBadDate() throws {
        try assertFails(
            [Self.header, #"  <document id="R-1" date="11/02/2026"/>"#, Self.patient, Self.provider, "</referral>"],
            line: 2, column: 3, message: #"date="11/02/2026" is not a date"#, hint: "YYYY-MM-DD")
    }

    func testMissingPatientName() throws {
        try assertFails(
            [Self.header, Self.document, "  <patient><sex>F</sex></patient>", Self.provider, "</referral>"],
            line: 3, column: 3, message: "<patient> has no <name>", hint: "add <name> to <patient>")
    }

    func testMissingReferringProvider() throws {
        try assertFails(
            [Self.header, Self.document, Self.patient, "</referral>"], line: 1, column: 1,
            message: "has no <referringProvider>", hint: "add <referringProvider>")
    }

    func testBadNPI() throws {
        try assertFails(
            [
                Self.header, Self.document, Self.patient,
                "  <referringProvider><name>Dr. Test</name>", "    <npi>12345</npi></referringProvider>", "</referral>",
            ],
            line: 5, column: 5, message: "not a National Provider Identifier", hint: "ten digits")
    }

    func testUnknownRestrictionKind() throws {
        try assertFails(
            [
                Self.header, Self.document, Self.patient, Self.provider, "  <restrictions>",
                #"    <restriction kind="no-bending">No bending</restriction>"#, "  </restrictions>", "</referral>",
            ],
            line: 6, column: 5, message: "unknown restriction kind \"no-bending\"", hint: "avoid-movement")
    }

    func testLiftWithoutValue() throws {
        try assertFails(
            [
                Self.header, Self.document, Self.patient, Self.provider, "  <restrictions>",
                #"    <restriction kind="max-lift" unit="lb"/>"#, "  </restrictions>", "</referral>",
            ],
            line: 6, column: 5, message: "has no value attribute", hint: "add value=")
    }

    func testUnknownMovement() throws {
        try assertFails(
            [
                Self.header, Self.document, Self.patient, Self.provider, "  <restrictions>",
                #"    <restriction kind="avoid-movement" movement="bending"/>"#, "  </restrictions>", "</referral>",
            ],
            line: 6, column: 5, message: #"movement="bending""#, hint: "flexion")
    }

    func testUnknownRedFlagKind() throws {
        try assertFails(
            [
                Self.header, Self.document, Self.patient, Self.provider, "  <redFlags>",
                #"    <redFlag kind="fever">Fever</redFlag>"#, "  </redFlags>", "</referral>",
            ],
            line: 6, column: 5, message: "unknown red flag kind \"fever\"", hint: "possible-infection")
    }

    func testNewerVersion() throws {
        try assertFails(
            [
                #"<referral xmlns="urn:liaison:referral:1" version="2">"#, Self.document, Self.patient, Self.provider,
                "</referral>",
            ],
            line: 1, column: 1, message: "version 2 is not supported", hint: "version=\"1\"")
    }

    func testWrongNamespace() throws {
        try assertFails(
            [#"<referral xmlns="urn:example:other">"#, Self.document, Self.patient, Self.provider, "</referral>"],
            line: 1, column: 1, message: "not a plain referral", hint: "urn:liaison:referral:1")
    }

    func testUnknownElementsAreWarnings() throws {
        let referral = try read([
            Self.header, Self.document, Self.patient, Self.provider, "  <insurance>ACME</insurance>", "</referral>",
        ]).get()
        XCTAssertEqual(referral.warnings, [ImportWarning("unknown element <insurance> was not read", line: 5)])
    }

    func testUnclassifiedFreeTextRestrictionIsKeptAsOther() throws {
        let referral = try read([
            Self.header, Self.document, Self.patient, Self.provider, "  <restrictions>",
            "    <restriction>Use a lumbar roll when seated.</restriction>", "  </restrictions>", "</referral>",
        ]).get()
        XCTAssertEqual(referral.restrictions.map(\.kind), [.other])
        XCTAssertEqual(referral.restrictions.first?.text, "Use a lumbar roll when seated.")
        XCTAssertEqual(
            referral.restrictions.first?.source, Provenance(section: "restrictions", line: 6, kind: .restrictions))
    }

    func testStructuredRestrictionTakesItsEndFromItsWords() throws {
        let referral = try read([
            Self.header, Self.document, Self.patient, Self.provider, "  <restrictions>",
            #"    <restriction kind="no-impact">No running for 6 weeks.</restriction>"#,
            #"    <restriction kind="max-heart-rate" bpm="125"/>"#, "  </restrictions>", "</referral>",
        ]).get()
        XCTAssertEqual(referral.restrictions.map(\.kind), [.noImpact, .maxHeartRate(bpm: 125)])
        XCTAssertEqual(referral.restrictions.map(\.until), [CalendarDate(year: 2026, month: 12, day: 14), nil])
        XCTAssertEqual(referral.restrictions.last?.text, "Keep heart rate under 125 bpm")
    }

    /// A note in the document's declared language that shows no language of its own (a short
    /// note: "Neu aufgetretene Taubheit im Reithosenbereich seit gestern.") is read in that
    /// language, not in English, where it would be found by no rule.
    func testNotesAreReadInTheDocumentsLanguage() throws {
        for (language, note) in [
            ("de", "Neu aufgetretene Taubheit im Reithosenbereich seit gestern."),
            ("fr", "Anesthésie en selle apparue depuis hier."),
        ] {
            let referral = try read([
                Self.header, #"  <document id="R-1" date="2026-11-02" language="\#(language)"/>"#, Self.patient,
                Self.provider, "  <notes><note>\(note)</note></notes>", "</referral>",
            ]).get()
            XCTAssertEqual(referral.redFlags.map(\.kind), [.caudaEquina], language)
        }
    }
}
