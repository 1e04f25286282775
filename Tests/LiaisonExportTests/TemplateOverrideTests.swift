import Foundation
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// `--templates DIR` replaces built-in templates one file at a time.
final class TemplateOverrideTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func render(_ format: OutputFormat) throws -> String {
        let (referral, plan) = Fixtures.disc
        let templates = try LetterTemplates.load(from: TestPaths.templates, overrides: folder)
        let input = LetterInput(referral: referral, plan: plan)
        return String(decoding: try Exporter.render(input, as: format, with: templates), as: UTF8.self)
    }

    func testAnOverriddenPartialIsUsedAndTheRestStayBuiltIn() throws {
        try
            "<p class=\"sig\">Signed: {{#practice}}{{trainer}}{{/practice}}{{#practiceMissing}}nobody{{/practiceMissing}}</p>\n"
            .write(to: folder.appendingPathComponent("signature.html.mustache"), atomically: true, encoding: .utf8)
        let html = try render(.html)
        XCTAssertTrue(html.contains("<p class=\"sig\">Signed: nobody</p>"))
        XCTAssertFalse(html.contains("Sincerely,"))
        XCTAssertTrue(html.contains("What I understood from your referral"))  // built-in initial.html
        XCTAssertTrue(try render(.markdown).contains("Sincerely,"))  // signature.md untouched
    }

    func testASyntaxErrorNamesTheFileLineAndColumn() throws {
        let file = folder.appendingPathComponent("initial.md.mustache")
        try "{{% CONTENT_TYPE: MARKDOWN}}\nHello\n{{#diagnoses}}\n{{/restrictions}}\n".write(
            to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try render(.markdown)) { error in
            guard let error = error as? LiaisonError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.code, .configuration)
            XCTAssertEqual(error.location?.file, file.path)
            XCTAssertEqual(error.location?.line, 4)
            XCTAssertTrue(error.description.contains("template syntax error"), error.description)
        }
    }

    func testAMissingFolderIsAnIOError() {
        XCTAssertThrowsError(
            try LetterTemplates.load(from: TestPaths.templates, overrides: folder.appendingPathComponent("nope"))
        ) {
            XCTAssertEqual(($0 as? LiaisonError)?.code, .io)
        }
    }
}
