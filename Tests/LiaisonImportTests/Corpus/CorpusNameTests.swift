import Foundation
import LiaisonImport
import LiaisonModel
import XCTest

/// Every patient, referring provider and recipient name of the corpus reads as one name: no part
/// twice, titles only in front.
final class CorpusNameTests: XCTestCase {
    /// Title and civility abbreviations that may only open a name.
    private static let titles: Set<String> = [
        "dr", "pr", "prof", "dott", "mme", "mlle", "mr", "mrs", "ms", "madame", "monsieur", "herr", "frau",
    ]
    /// Words that continue a title opening a name ("Dr. med.", "ph. med.", "M.").
    private static let titleContinuations: Set<String> = ["med", "dent", "phil", "ph", "m"]

    /// Names whose documents write the same word in two different parts: the given name and the
    /// family name are both "AD008", or a vendor test patient has "Test" in both.
    private static let repeatedInTheDocument: Set<String> = [
        "Ad008 Ad008", "Jeremy Test V Bates Test Jr", "Alice Test Jones Newman Test",
    ]

    /// What is wrong with `name`, or nil.
    static func problem(_ name: String) -> String? {
        let head = name.split(separator: ",").first.map(String.init) ?? name
        let words = head.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let rest = words.drop { titles.contains($0) || titleContinuations.contains($0) }
        let front = words.prefix(words.count - rest.count).filter(titles.contains)
        if Set(front).count < front.count { return "a title is repeated" }
        if let title = rest.first(where: titles.contains) { return "the title \"\(title)\" is not in front" }
        var seen: Set<String> = []
        for word in rest where word.count >= 3 && !seen.insert(word).inserted {
            if !repeatedInTheDocument.contains(head) { return "\"\(word)\" appears twice" }
        }
        return nil
    }

    func testTheCheckCatchesTheGarbledFormsOfTheIssue() {
        XCTAssertNotNil(Self.problem("Marie Jeanne Michelle Marie Marie NESSI DECOURCY"))
        XCTAssertNotNil(Self.problem("M Jacques BIDEAULT DR"))
        XCTAssertNotNil(Self.problem("Dr. med. Dr Rochat"))
        XCTAssertNil(Self.problem("Dr. Jacques Bideault"))
        XCTAssertNil(Self.problem("Dr. med. Allzeit Bereit, Facharzt für Allgemeine Medizin"))
    }

    func testEveryNameInTheCorpusReadsAsOneName() throws {
        let walk = try CorpusWalk.shared()
        var checked: [String: Int] = [:]
        for outcome in walk.outcomes {
            guard case .success(let referral) = outcome.result else { continue }
            let names = [referral.patient.name, referral.referringProvider?.name, referral.recipient?.name]
            for name in names.compactMap({ $0 }) {
                checked[outcome.folder, default: 0] += 1
                if let problem = Self.problem(name) { XCTFail("\(outcome.path): \(problem) in \"\(name)\"") }
            }
        }
        XCTAssertGreaterThan(checked["hl7ch-cda"] ?? 0, 200)
        XCTAssertGreaterThan(checked["ans-testcontenu-cda"] ?? 0, 60)
        print("names checked per folder: \(checked.sorted { $0.key < $1.key })")
    }

    func testFrenchNamesByUse() throws {
        let walk = try CorpusWalk.shared()
        func referral(_ file: String) throws -> Referral {
            let outcome = try XCTUnwrap(walk.outcomes.first { $0.path == "ans-testcontenu-cda/" + file })
            return try outcome.result.get()
        }
        // Birth name NESSI, used name DECOURCY, used first name Marie.
        XCTAssertEqual(try referral("OBP-SCM_2024.01.xml").patient.name, "Marie Decourcy")
        XCTAssertEqual(try referral("AVC-EUNV_2022.01.xml").referringProvider?.name, "Dr. Jacques Bideault")
        XCTAssertEqual(try referral("01_Mod_les_contenus_CDA.xml").patient.name, "Dominique Pat-Trois")
    }
}
