import Foundation
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Where a red flag sits in a CDA document must not hide it: under a list whose preceding
/// sentence is a denial, in the comment column of a coded problem row, or in a few words of a
/// language Liaison does not read (found by review; issue 9, "Never silent").
final class NarrativeSafetyTests: XCTestCase {
    static let assessment = "51848-0"
    static let problems = "11450-4"

    func testADenialBeforeAListDoesNotClearTheListItems() throws {
        let text = """
            <paragraph>Denies trauma.</paragraph>
            <list><item>New numbness in the saddle area since Monday</item></list>
            """
        let referral = try CDASnippet.read(
            CDASnippet.document(sections: [CDASnippet.section(code: Self.assessment, text: text)]))
        XCTAssertEqual(referral.redFlags.map(\.kind), [.caudaEquina])
    }

    func testAHeadingEndingInAColonStillReachesItsItems() throws {
        let text = """
            <paragraph>Return to the emergency department if you develop:</paragraph>
            <list><item>numbness in the saddle area</item><item>loss of bladder control</item></list>
            """
        let referral = try CDASnippet.read(
            CDASnippet.document(sections: [CDASnippet.section(code: "69730-0", text: text)]))
        XCTAssertEqual(referral.redFlags, [])
        XCTAssertEqual(referral.reviewItems, [])
    }

    func testTheCommentColumnOfACodedProblemRowIsRead() throws {
        let value =
            #"<value xsi:type="CD" code="M51.17" codeSystem="2.16.840.1.113883.6.90" displayName="Disc displacement, lumbosacral"/>"#
        let text = """
            <table><tbody><tr><td>M51.17</td><td>Disc displacement, lumbosacral</td>
            <td>New numbness in the saddle area and difficulty urinating since yesterday</td></tr></tbody></table>
            """
        let section = CDASnippet.section(
            code: Self.problems, text: text, entries: [CDASnippet.concern(CDASnippet.problem(value))])
        let referral = try CDASnippet.read(CDASnippet.document(sections: [section]))
        XCTAssertEqual(Set(referral.redFlags.map(\.kind)), [.caudaEquina])
    }

    func testAFewWordsInAnUnreadLanguageAreAQuestion() throws {
        let section = """
            <section>
            <code code="\(Self.assessment)" codeSystem="2.16.840.1.113883.6.1"/>
            <languageCode code="it-CH"/>
            <text><paragraph>Nuova: anestesia a sella.</paragraph></text>
            </section>
            """
        let referral = try CDASnippet.read(CDASnippet.document(sections: [section]))
        XCTAssertEqual(referral.reviewItems.map(\.kind), [.unreadNarrative])
        XCTAssertEqual(referral.reviewItems.first?.language, "it")
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("Italian") })
    }
}
