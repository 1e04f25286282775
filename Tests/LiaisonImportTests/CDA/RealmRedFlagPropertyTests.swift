import LiaisonModel
import XCTest

@testable import LiaisonImport

/// Never silently ready: every German or French development row of the sentence tables that
/// holds a red flag or a question, put into any kind of section of a document in its language,
/// gives a red flag or a question for the provider (the plan is refer-back or needs-review).
final class RealmRedFlagPropertyTests: XCTestCase {
    static let sections = ["10164-2", "51848-0", "18776-5", "11348-0", "10157-6", "69730-0", "42349-1"]

    func testARedFlagRowIsNeverReadyInAnySection() throws {
        for (language, tag) in [("de", "de-CH"), ("fr", "fr-FR")] {
            let rows = try SentenceRow.load(language).filter { !$0.heldOut && $0.expect != "ready" }
            XCTAssertGreaterThan(rows.count, 40)
            for row in rows {
                for code in Self.sections {
                    let section = """
                        <section><code code="\(code)" codeSystem="2.16.840.1.113883.6.1"/>
                        <text><paragraph>\(row.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</paragraph></text></section>
                        """
                    let header = CDASnippet.header.replacingOccurrences(
                        of: #"<languageCode code="en-US"/>"#, with: #"<languageCode code="\#(tag)"/>"#)
                    let referral = try CDASnippet.read(CDASnippet.document(header: header, sections: [section]))
                    XCTAssertFalse(
                        referral.redFlags.isEmpty && referral.reviewItems.isEmpty,
                        "\(row.id) in section \(code) is ready: \(row.text)")
                }
            }
        }
    }
}
