import Foundation
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Every HTML letter is valid, self-contained and carries its print stylesheet.
final class HTMLLetterTests: XCTestCase {
    func letters() throws -> [(String, String)] {
        let templates = Fixtures.templates
        var result: [(String, String)] = []
        for (name, fixture) in [
            ("disc", Fixtures.disc), ("cauda-equina", Fixtures.caudaEquina), ("hostile", Fixtures.hostile),
        ] {
            for kind in [LetterKind.initial, .progress, .discharge] {
                let input = try LetterGoldenTests.input(fixture, kind: kind)
                let html = String(decoding: try Exporter.render(input, as: .html, with: templates), as: UTF8.self)
                result.append(("\(name) \(kind.rawValue)", html))
            }
        }
        return result
    }

    func testLettersPassXmllint() throws {
        guard HTMLChecks.which("xmllint") != nil else {
            throw XCTSkip("xmllint is missing: apt-get install -y libxml2-utils")
        }
        for (name, html) in try letters() {
            XCTAssertEqual(try HTMLChecks.xmllintErrors(html), "", "\(name): xmllint --html reports errors")
        }
    }

    func testLettersParseWithoutErrorsInHTML5Lib() throws {
        guard try HTMLChecks.html5libErrors("<!DOCTYPE html><title>t</title>") != nil else {
            throw XCTSkip("python3 with html5lib is missing: pip install html5lib")
        }
        for (name, html) in try letters() {
            XCTAssertEqual(try HTMLChecks.html5libErrors(html), "", "\(name): html5lib reports parse errors")
        }
    }

    /// The hostile fixture is left out: its escaped text mentions `src=` and `http://` on
    /// purpose (EscapingTests checks it element by element).
    func testLettersAreSelfContainedWithAPrintStylesheet() throws {
        for (name, html) in try letters() where !name.hasPrefix("hostile") {
            let lower = html.lowercased()
            for forbidden in ["<script", "<link", "<iframe", "<img", "src=", "url(", "@import", "http://", "https://"] {
                XCTAssertFalse(lower.contains(forbidden), "\(name) contains \(forbidden)")
            }
            XCTAssertTrue(lower.contains("@media print"), "\(name) has no print stylesheet")
            XCTAssertTrue(lower.contains("content-security-policy"), "\(name) has no CSP")
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), name)
        }
    }

    /// The letter names the referral it answers and cites where each diagnosis and restriction
    /// was read.
    func testInitialLetterNamesTheReferralAndCitesSources() throws {
        let (referral, plan) = Fixtures.disc
        let html = String(
            decoding: try Fixtures.render(LetterInput(referral: referral, plan: plan), as: .html), as: UTF8.self)
        XCTAssertTrue(html.contains("document ID 2.16.840.1.113883.19.5^REF-1001"))
        XCTAssertTrue(html.contains("dated 2026-11-10"))
        XCTAssertTrue(html.contains("Dr. Maria Chen"))
        XCTAssertTrue(html.contains("<td class=\"cite\">Problem list section</td>"))
        XCTAssertTrue(html.contains("<td class=\"cite\">Plan of treatment section</td>"))
        XCTAssertFalse(html.contains(", line "), "line numbers mean nothing to the reader")
        XCTAssertTrue(html.contains("[Trainer name, credentials and contact details: pass --practice FILE]"))
    }
}
