import Foundation
import LiaisonModel
import LiaisonTestSupport
import LiaisonXML
import XCTest

@testable import LiaisonImport

/// Reads every plain-format sample and checks what a trainer would check against the page.
final class ReferralXMLSampleTests: XCTestCase {
    static func read(_ name: String) throws -> Referral {
        let url = TestPaths.samples.appendingPathComponent(name)
        let document = try XMLDocument.parse(contentsOf: url)
        return try ReferralXMLReader.read(
            document, data: try Data(contentsOf: url), path: url.path, sha256: "0", options: TestKnowledge.options())
    }

    /// Restrictions and red flags of each sample, in the compact form of ``PhraseReaderTests``.
    static let expected: [String: [String]] = [
        "disc-herniation": [
            "avoid-movement flexion until 2026-12-14", "max-lift 20 lb",
            "other",  // "Stop any exercise that sends pain further down the leg and let me know."
        ],
        "lumbar-stenosis": ["avoid-movement extension", "max-heart-rate 120"],
        "spondylolisthesis": ["avoid-movement extension", "no-impact until 2026-12-31", "max-lift 40 lb"],
        "post-fusion": [
            "avoid-movement flexion until 2026-12-21", "avoid-movement rotation until 2026-12-21",
            "max-lift 10 lb until 2026-12-21", "avoid-movement overhead", "no-impact until 2027-02-09",
        ],
        // Two elements forbid flexion in different words; both are kept.
        "osteoporotic-fracture": [
            "avoid-movement flexion", "avoid-movement flexion", "avoid-movement rotation", "max-lift 10 lb",
            "no-impact",
        ],
        "cauda-equina-red-flag": [
            "avoid-movement flexion", "avoid-movement rotation", "max-lift 15 lb", "review hold-exercise",
            "flag cauda-equina", "flag progressive-neurological-deficit",
        ],
        "pregnancy-lbp": [
            "avoid-position supine", "avoid-position prone", "max-heart-rate 140", "no-impact", "other",
        ],
    ]

    func testEverySampleYieldsItsRestrictionsAndRedFlags() throws {
        for (name, expected) in Self.expected {
            let referral = try Self.read("\(name).referral.xml")
            let got = PhraseReaderTests.describe(
                NarrativeFindings(
                    restrictions: referral.restrictions, redFlags: referral.redFlags, reviewItems: referral.reviewItems)
            )
            XCTAssertEqual(got.sorted(), expected.sorted(), name)
            XCTAssertEqual(referral.source.format, .referralXML)
            XCTAssertTrue(referral.warnings.isEmpty, "\(name): \(referral.warnings)")
        }
    }

    func testEverySampleHasATableRow() throws {
        let names = try TestPaths.samples(endingIn: ".referral.xml")
            .map { String($0.lastPathComponent.dropLast(".referral.xml".count)) }
        XCTAssertEqual(Set(names), Set(Self.expected.keys))
    }

    func testPostFusionHeaderPeopleAndDiagnoses() throws {
        let r = try Self.read("post-fusion.referral.xml")
        XCTAssertEqual(r.document.id, "LIA-REF-2026-0104")
        XCTAssertEqual(r.document.date, "2026-11-09")
        XCTAssertEqual(r.document.title, "Referral for medical exercise after L4-L5 lumbar fusion")
        XCTAssertEqual(r.patient.name, "Gloria Hensley")
        XCTAssertEqual(r.patient.birthDate, "1967-12-03")
        XCTAssertEqual(r.patient.sex, "F")
        XCTAssertEqual(r.patient.identifiers, [Identifier(root: "2.16.840.1.113883.19.5.99999.2", value: "COS-520916")])
        let provider = try XCTUnwrap(r.referringProvider)
        XCTAssertEqual(provider.name, "Dr. Victor Osei, MD")
        XCTAssertEqual(provider.npi, "1639271845")
        XCTAssertEqual(provider.organization, "Cascade Orthopaedic and Spine Surgery")
        XCTAssertEqual(provider.fax, "+1-503-555-0178")
        XCTAssertEqual(provider.email, "vosei@cascade-ortho.example.org")
        XCTAssertEqual(provider.address, "880 NW Glisan Street, Portland, OR, 97209, US")
        XCTAssertEqual(r.recipient?.organization, "Reyes Medical Exercise Studio")
        XCTAssertNil(r.recipient?.npi)
        XCTAssertEqual(r.diagnoses.map(\.code), ["Z98.1", "Z47.89", "M43.16"])
        XCTAssertEqual(r.diagnoses.map(\.system), ["ICD-10-CM", "ICD-10-CM", "ICD-10-CM"])
        XCTAssertEqual(r.diagnoses[2].alternateCodes, [CodeRef(code: "274152003", system: "SNOMED-CT")])
        XCTAssertEqual(r.diagnoses[2].status, "active")
        XCTAssertEqual(r.diagnoses[2].onset, "2024-03-01")
        XCTAssertEqual(r.diagnoses[0].source, Provenance(section: "diagnoses", line: 44, kind: .problems))
        XCTAssertTrue(r.reason?.hasPrefix("Six weeks status post L4-L5") == true)
    }

    func testProvenanceIsTheElementAndItsLine() throws {
        let r = try Self.read("post-fusion.referral.xml")
        let lines = try String(
            contentsOf: TestPaths.samples.appendingPathComponent("post-fusion.referral.xml"), encoding: .utf8
        )
        .components(separatedBy: "\n")
        for restriction in r.restrictions {
            XCTAssertEqual(restriction.source.section, "restrictions")
            let line = try XCTUnwrap(restriction.source.line)
            XCTAssertTrue(lines[line - 1].contains(restriction.text), "line \(line) holds \(restriction.text)")
        }
        let flags = try Self.read("cauda-equina-red-flag.referral.xml").redFlags
        XCTAssertEqual(flags.map(\.source.section), ["redFlags", "redFlags"])
        XCTAssertEqual(flags.first?.text, "New urinary retention since yesterday and saddle numbness.")
    }

    func testEverySampleValidatesAgainstTheSchema() throws {
        let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
        guard FileManager.default.isExecutableFile(atPath: xmllint.path) else {
            throw XCTSkip("xmllint is not installed (apt-get install libxml2-utils)")
        }
        let samples = try TestPaths.samples(endingIn: ".referral.xml")
        XCTAssertGreaterThanOrEqual(samples.count, 6)
        for sample in samples {
            let process = Process()
            process.executableURL = xmllint
            process.arguments = [
                "--noout", "--schema", TestPaths.samples.appendingPathComponent("referral.xsd").path, sample.path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(
                process.terminationStatus, 0, "\(sample.lastPathComponent) does not validate against referral.xsd")
        }
    }
}
