import Foundation
import LiaisonModel
import LiaisonTestSupport
import LiaisonXML
import XCTest

@testable import LiaisonImport

/// The reader registry: readers chosen by their sniff over the first bytes, a format that is not
/// XML fitting beside the XML ones, and XML whose root only a parse shows.
final class ReaderRegistryTests: XCTestCase {
    func testTheRootElementIsFoundInTheFirstBytes() {
        func root(_ text: String) -> String? { InputSniffer.rootName(in: Data(text.utf8)) }
        XCTAssertEqual(
            root("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c -->\n<?xml-stylesheet x?><cda:ClinicalDocument a=\"1\">"),
            "ClinicalDocument")
        XCTAssertEqual(root("<referral xmlns=\"urn:liaison:referral:1\">"), "referral")
        XCTAssertEqual(root("  <html>"), "html")
        XCTAssertNil(root("<!DOCTYPE html><html>"), "a DOCTYPE is left to the parser, which refuses it")
        XCTAssertNil(root("<!-- a comment that does not end"))
        XCTAssertNil(root("{\"resourceType\": \"Bundle\"}"))
    }

    /// A reader of a format that is not XML takes its documents through the same table.
    func testAReaderOfAnotherFormatFitsBesideTheXMLOnes() throws {
        struct JSONReader: FormatReader {
            var format: SourceDocument.Format { .cda }
            func sniff(_ head: Data) -> Bool { head.first == UInt8(ascii: "{") }
            func read(_ input: ReaderInput) throws -> Referral {
                var referral = Referral(source: input.source(format))
                referral.reason = String(decoding: input.data, as: UTF8.self)
                return referral
            }
        }
        let input = ReaderInput(
            data: Data("{\"a\": 1}".utf8), path: "b.json", sha256: "00", options: TestKnowledge.options())
        let readers = ReaderRegistry.readers + [JSONReader()]
        XCTAssertEqual(try ReaderRegistry.read(input, readers: readers).reason, "{\"a\": 1}")
        XCTAssertThrowsError(try ReaderRegistry.read(input)) {
            XCTAssertEqual(($0 as? LiaisonError)?.message, "this is not XML (it does not start with '<')")
        }
    }

    /// A prologue longer than the sniffed bytes: the parse finds the root and its reader.
    func testALongPrologueIsReadByTheParsedRoot() throws {
        let sample = try String(
            contentsOf: TestPaths.samples.appendingPathComponent("disc-herniation.referral.xml"), encoding: .utf8)
        let comment = "<!-- " + String(repeating: "x", count: 5000) + " -->\n"
        let text = sample.replacingOccurrences(of: "<referral ", with: comment + "<referral ")
        XCTAssertNil(InputSniffer.rootName(in: Data(text.utf8).prefix(4096)))
        let referral = try ReferralImporter.read(
            data: Data(text.utf8), path: "long.xml", options: TestKnowledge.options())
        XCTAssertEqual(referral.source.format, .referralXML)
        XCTAssertFalse(referral.diagnoses.isEmpty)
    }

    func testAnUnknownRootIsNamedWithItsColumn() {
        let data = Data("<?xml version=\"1.0\"?>\n  <html><body/></html>\n".utf8)
        XCTAssertThrowsError(try ReferralImporter.read(data: data, path: "p.xml", options: TestKnowledge.options())) {
            let error = $0 as? LiaisonError
            XCTAssertEqual(error?.code, .unsupportedInput)
            XCTAssertEqual(error?.location?.description, "p.xml:2:3")
            XCTAssertTrue(error?.message.contains("<html>") == true)
        }
    }
}
