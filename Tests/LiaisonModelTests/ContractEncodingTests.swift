import Foundation
import LiaisonModel
import XCTest

final class ContractEncodingTests: XCTestCase {
    private func json(_ value: some Encodable) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: LiaisonJSON.encode(value)) as? [String: Any])
    }

    func testRestrictionKindsFlattenToTheContractFields() throws {
        let source = Provenance(section: "18776-5", line: 40)
        let lift = Restriction(
            kind: .maxLift(value: 15, unit: .lb), text: "No lifting over 15 lb", until: CalendarDate("2026-12-01"),
            source: source)
        let object = try json(lift)
        XCTAssertEqual(object["kind"] as? String, "max-lift")
        XCTAssertEqual(object["value"] as? Double, 15)
        XCTAssertEqual(object["unit"] as? String, "lb")
        XCTAssertEqual(object["until"] as? String, "2026-12-01")
        XCTAssertEqual((object["source"] as? [String: Any])?["section"] as? String, "18776-5")

        let position = try json(Restriction(kind: .avoidPosition(.supine), text: "avoid supine", source: source))
        XCTAssertEqual(position["position"] as? String, "supine")
        XCTAssertTrue(position["until"] is NSNull, "until is always present, null when open-ended")
    }

    func testRestrictionsRoundTripEveryKind() throws {
        let source = Provenance(section: "x", line: nil)
        let kinds: [Restriction.Kind] = [
            .maxLift(value: 7, unit: .kg), .avoidMovement(.axialLoad), .noImpact, .maxHeartRate(bpm: 120),
            .avoidPosition(.prone), .weightBearing(.wbat), .other,
        ]
        for kind in kinds {
            let restriction = Restriction(kind: kind, text: "t", source: source)
            let decoded = try JSONDecoder().decode(Restriction.self, from: LiaisonJSON.encode(restriction))
            XCTAssertEqual(decoded, restriction)
        }
    }

    func testReferralKeepsEveryContractKeyEvenWhenUnknown() throws {
        let referral = Referral(source: SourceDocument(path: "a.xml", sha256: "00", format: .cda))
        let object = try json(referral)
        for key in [
            "source", "document", "patient", "referringProvider", "reason", "surgeryDate", "diagnoses", "restrictions",
            "redFlags",
            "warnings",
        ] {
            XCTAssertTrue(object.keys.contains(key), "missing \(key)")
        }
        let document = try XCTUnwrap(object["document"] as? [String: Any])
        XCTAssertEqual(Set(document.keys), ["id", "title", "typeCode", "date", "language"])
        XCTAssertEqual((object["source"] as? [String: Any])?["format"] as? String, "cda")
    }

    func testErrorsPrintOnOneLineWithLocationAndHint() {
        let error = LiaisonError(
            .forbiddenInput, "document has a DOCTYPE\nsecond line",
            at: SourceLocation(file: "r.xml", line: 2, column: 1),
            hint: "remove the DOCTYPE")
        XCTAssertEqual(error.description, "r.xml:2:1: document has a DOCTYPE second line (remove the DOCTYPE)")
        XCTAssertEqual(error.code.exitCode, 1)
        XCTAssertEqual(LiaisonError(.usage, "x").code.exitCode, 2)
    }
}
