import Foundation
import LiaisonExport
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// The direct JSON writer against Foundation's `JSONEncoder` over the model's `Codable` dump:
/// the same bytes for every sample and corpus document, pretty and compact, and for strings
/// that need escaping.
final class ContractJSONTests: XCTestCase {
    func testEverySampleAndCorpusReferralIsWrittenAsJSONEncoderWritesIt() throws {
        var files = try TestPaths.samples(endingIn: ".xml")
        if let corpus = TestPaths.corpus {
            let walk = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
            while let url = walk?.nextObject() as? URL {
                if url.pathExtension.lowercased() == "xml" { files.append(url) }
            }
        }
        let compact = JSONEncoder()
        compact.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var compared = 0
        for url in files {
            guard let referral = try? ReferralImporter.read(contentsOf: url, options: TestKnowledge.options()) else {
                continue
            }
            XCTAssertEqual(
                String(decoding: ContractJSON.referral(referral), as: UTF8.self),
                String(decoding: try LiaisonJSON.encode(referral), as: UTF8.self), url.path)
            var line = try compact.encode(referral)
            line.append(0x0A)
            XCTAssertEqual(ContractJSON.referral(referral, pretty: false), [UInt8](line), url.path)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 10)
    }

    func testStringsAreEscapedAsJSONEncoderEscapesThem() throws {
        var texts = ["", "plain", "quote \" backslash \\ slash /", "tab\tnew\nline\r\u{8}\u{C}", "é 😀 \u{2028} \u{7F}"]
        texts.append(String((0..<32).map { Character(Unicode.Scalar($0)!) }))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let scalars = (0..<Int.random(in: 0..<12, using: &generator)).map { _ in
                Unicode.Scalar([0x22, 0x5C, 0x2F, 0x0A, 0x01, 0x1F, 0x41, 0xE9, 0x2028].randomElement()!)!
            }
            texts.append(String(String.UnicodeScalarView(scalars)))
        }
        for text in texts {
            var referral = Referral(source: SourceDocument(path: text, sha256: "00", format: .cda))
            referral.reason = text
            referral.restrictions = [
                Restriction(
                    kind: .maxLift(value: 2.5, unit: .kg), text: text, source: Provenance(section: text, line: 1))
            ]
            XCTAssertEqual(
                String(decoding: ContractJSON.referral(referral), as: UTF8.self),
                String(decoding: try LiaisonJSON.encode(referral), as: UTF8.self), text.debugDescription)
        }
    }
}
