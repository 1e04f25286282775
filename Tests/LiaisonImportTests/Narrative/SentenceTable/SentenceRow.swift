import Foundation
import LiaisonModel
import LiaisonTestSupport

/// One row of a sentence table (`Sentences/redflags.<language>.tsv`, see its README): a text,
/// the red flags it mentions with their ConText assertions, its restrictions and the plan it
/// must yield.
struct SentenceRow {
    let id: String
    let heldOut: Bool
    let section: String
    let text: String
    /// (flag, assertion) pairs; `hold` is a flag here too.
    let mentions: [(flag: String, assertion: String)]
    let restrictions: [String]
    /// `refer-back`, `needs-review` or `ready`.
    let expect: String

    /// The section kinds the table's `section` column names.
    static let kinds: [String: SectionKind] = [
        "narrative": .assessment, "pmh": .pastMedicalHistory, "family": .familyHistory,
        "instructions": .instructions, "plan": .plan, "ros": .reviewOfSystems,
    ]

    var kind: SectionKind { Self.kinds[section] ?? .other }

    /// The rows of the table for `language` (`file` names another table of that folder's kind).
    static func load(_ language: String, file: String? = nil) throws -> [SentenceRow] {
        let url = TestPaths.packageRoot.appendingPathComponent(
            file ?? "Tests/LiaisonImportTests/Narrative/Sentences/redflags.\(language).tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return lines.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let flags = f[4] == "none" ? [] : f[4].split(separator: "|").map(String.init)
            let assertions = f[5] == "-" ? [] : f[5].split(separator: "|").map(String.init)
            return SentenceRow(
                id: f[0], heldOut: f[1] == "heldout", section: f[2], text: f[3],
                mentions: zip(flags, assertions).map { ($0, $1) },
                restrictions: f[6] == "none" ? [] : f[6].split(separator: "|").map(String.init), expect: f[7])
        }
    }
}
