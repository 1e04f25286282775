import Foundation
import LiaisonModel
import LiaisonXML
import XCTest

/// The hardened parse: what it refuses, and that it says where.
final class SafeParsingTests: XCTestCase {
    private func parse(_ text: String, options: XMLParseOptions = .init()) throws -> XMLDocument {
        try XMLDocument.parse(data: Data(text.utf8), path: "in.xml", options: options)
    }

    private func error(_ text: String, options: XMLParseOptions = .init()) -> LiaisonError? {
        error(Data(text.utf8), options: options)
    }

    private func error(_ data: Data, options: XMLParseOptions = .init()) -> LiaisonError? {
        do {
            _ = try XMLDocument.parse(data: data, path: "in.xml", options: options)
            return nil
        } catch let error as LiaisonError {
            return error
        } catch {
            XCTFail("untyped error \(error)")
            return nil
        }
    }

    func testRefusesAnyDoctypeWithItsLocation() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            ]>
            <ClinicalDocument>&lol2;</ClinicalDocument>
            """
        let failure = try XCTUnwrap(error(laughs))
        XCTAssertEqual(failure.code, .forbiddenInput)
        XCTAssertEqual(failure.location?.line, 2)
        XCTAssertTrue(failure.description.hasPrefix("in.xml:2:"), failure.description)
        XCTAssertTrue(failure.description.contains("DOCTYPE"))
        XCTAssertEqual(error("<!DOCTYPE html><a/>")?.code, .forbiddenInput, "even an empty DOCTYPE")
    }

    func testExternalEntitiesAreNeverLoaded() throws {
        let failure = error(
            """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <r>&x;</r>
            """)
        XCTAssertEqual(failure?.code, .forbiddenInput)
        // Without a DOCTYPE an entity reference is simply undefined: an error, not a lookup.
        XCTAssertEqual(error("<r>&x;</r>")?.code, .malformedInput)
    }

    func testCapsSizeAndDepth() {
        let big = "<r>" + String(repeating: "x", count: 5000) + "</r>"
        let failure = error(big, options: XMLParseOptions(maxBytes: 1000))
        XCTAssertEqual(failure?.code, .inputTooLarge)
        XCTAssertTrue(failure?.hint?.contains("--max-size") ?? false)

        let deep = String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40)
        XCTAssertNoThrow(try parse(deep, options: XMLParseOptions(maxDepth: 40)))
        let tooDeep = error(deep, options: XMLParseOptions(maxDepth: 39))
        XCTAssertEqual(tooDeep?.code, .forbiddenInput)
        XCTAssertEqual(tooDeep?.location?.line, 1)
        let veryDeep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        XCTAssertEqual(error(veryDeep)?.code, .forbiddenInput)
    }

    func testReportsTheFirstErrorNotTheLast() {
        let text = "<r>\n<a>\n</b>\n<c>\n</d>\n</r>"
        let failure = error(text)
        XCTAssertEqual(failure?.code, .malformedInput)
        XCTAssertEqual(failure?.location?.line, 3, failure?.description ?? "")
        XCTAssertNotNil(failure?.location?.column)
    }

    func testAcceptsUTF8BOMAndUTF16() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r a=\"é\">Grüße</r>"
        var utf16 = Data([0xFF, 0xFE])
        for unit in text.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let doc16 = try XMLDocument.parse(data: utf16, path: "u16.xml")
        XCTAssertEqual(doc16.root.text, "Grüße")
        XCTAssertEqual(doc16.root.attribute("a"), "é")

        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("<r>ok</r>".utf8)
        XCTAssertEqual(try XMLDocument.parse(data: bom, path: "bom.xml").root.text, "ok")
    }

    func testInvalidBytesForTheDeclaredEncodingAreLocated() {
        var data = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>\n<a>caf".utf8)
        data.append(contentsOf: [0xE9, 0x20])  // Latin-1 é inside UTF-8
        data.append(Data("</a></r>".utf8))
        let failure = error(data)
        XCTAssertEqual(failure?.code, .malformedInput)
        XCTAssertEqual(failure?.location?.line, 3)
        XCTAssertTrue(failure?.message.contains("encoding") ?? false, failure?.description ?? "")
    }

    func testNamesWhatANonXMLFileIs() {
        XCTAssertEqual(error("")?.code, .unsupportedInput)
        XCTAssertTrue(error("  \n")?.message.contains("empty") ?? false)
        XCTAssertTrue(error("%PDF-1.7\n%âãÏÓ\n")?.message.contains("PDF") ?? false)
        XCTAssertTrue(error("MIME-Version: 1.0\nContent-Type: multipart/mixed\n")?.message.contains("MIME") ?? false)
        XCTAssertEqual(error("just some text")?.code, .unsupportedInput)
        XCTAssertTrue(error(String(repeating: " ", count: 600) + "text")?.message.contains("not XML") ?? false)
    }

    func testLeadingWhiteSpaceBeyondTheSniffedBytesIsNotAnEmptyFile() throws {
        let document = try parse(String(repeating: "\n", count: 600) + "<referral/>")
        XCTAssertEqual(document.root.name, "referral")
    }

    func testPrintsNothingToStandardError() throws {
        let pipe = Pipe()
        let saved = dup(2)
        dup2(pipe.fileHandleForWriting.fileDescriptor, 2)
        _ = error("<r><a></r>")
        _ = error("<!DOCTYPE x [<!ENTITY a 'b'>]><x/>")
        _ = error("<r xmlns:bad='not a uri at all'><x:y/></r>")
        _ = try? parse("<r><v xsi:type='CD'/></r>")
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        try pipe.fileHandleForWriting.close()
        let printed = pipe.fileHandleForReading.readDataToEndOfFile()
        XCTAssertEqual(String(decoding: printed, as: UTF8.self), "")
    }
}
