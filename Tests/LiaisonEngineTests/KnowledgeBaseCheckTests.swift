import Foundation
import LiaisonEngine
import LiaisonModel
import LiaisonTestSupport
import Testing

/// `liaison protocols check`: each kind of mistake a trainer can make in a copy of Protocols/ is
/// reported with its file, line and column.
struct KnowledgeBaseCheckTests {
    /// A copy of the built-in knowledge base in a temporary folder, with `file` replaced or added.
    static func copy(replacing file: String, with text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestPaths.protocols, to: folder)
        try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        return folder
    }

    static let exercise = """
        exercises:
          - id: wall-sit
            name: Wall sit
            category: strength
            position: standing
            dose: 3 x 30 s

        """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var text: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a measure threshold citing an unknown source", file: "measures.yaml",
            text:
                "measures:\n  - measure: nprs\n    thresholds:\n      - {improvement: 2, label: MCID, citation: X, source: Z9}\n",
            expected: "measures.yaml:4:60: error: a nprs threshold cites unknown source 'Z9'"),
        Case(
            name: "a cut-off with two conditions", file: "measures.yaml",
            text:
                "measures:\n  - measure: nprs\n    cutOffs:\n      - {currentAtMost: 0, improvementPercentAtLeast: 50, note: x, source: O8}\n",
            expected: "measures.yaml:4:9: error: a cut-off needs exactly one condition"),
        Case(
            name: "unknown key", file: "extra.yaml", text: exercise + "    colour: red\n",
            expected: "extra.yaml:7:5: error: unknown key 'colour' in an exercise"),
        Case(
            name: "unknown tag", file: "extra.yaml",
            text: exercise.replacingOccurrences(of: "3 x 30 s", with: "!shout 3 x 30 s"),
            expected: "extra.yaml:6:11: error: unknown tag '!shout'"),
        Case(
            name: "dangling regression", file: "extra.yaml", text: exercise + "    regressions: [wall-lean]\n",
            expected: "extra.yaml:2:5: error: exercise wall-sit names unknown exercise 'wall-lean'"),
        Case(
            name: "duplicate id", file: "extra.yaml",
            text: exercise.replacingOccurrences(of: "wall-sit", with: "bird-dog"),
            expected: "extra.yaml:2:5: error: duplicate exercise id 'bird-dog'"),
        Case(
            name: "unknown exercise pattern", file: "extra.yaml", text: exercise + "    patterns: [twisting]\n",
            expected: "extra.yaml:7:16: error: unknown pattern 'twisting' for exercise wall-sit"),
        Case(
            name: "rule without a source", file: "protocols/extra.yaml",
            text: protocolText(rule: "    - {pattern: flexion, because: it hurts}"),
            expected: "protocols/extra.yaml:7:17: error: the flexion rule of extra has no source"),
        Case(
            name: "unknown source", file: "protocols/extra.yaml",
            text: protocolText(rule: "    - {pattern: flexion, because: it hurts, source: X9}"),
            expected: "protocols/extra.yaml:7:53: error: the flexion rule of extra cites unknown source 'X9'"),
        Case(
            name: "unknown rule pattern", file: "protocols/extra.yaml",
            text: protocolText(rule: "    - {pattern: bending, because: it hurts, source: G8}"),
            expected: "protocols/extra.yaml:7:17: error: unknown pattern 'bending'"),
        Case(
            name: "dangling pick", file: "protocols/extra.yaml",
            text: protocolText(rule: "    - {pattern: flexion, because: it hurts, source: G8}", pick: "wall-lean"),
            expected: "protocols/extra.yaml:11:19: error: unknown exercise 'wall-lean'"),
        Case(
            name: "code claimed by contradicting conditions", file: "extra.yaml",
            text: """
                conditions:
                  - id: flexion-friendly
                    name: Claims a herniation code
                    protocols: [lumbar-stenosis]
                    codes:
                      ICD-10-CM: [M51.26]

                """,
            expected:
                "extra.yaml:6:19: error: code ICD-10-CM M51.26 is claimed by conditions lumbar-disc-herniation and "
                + "flexion-friendly, whose protocols contradict on extension (lumbar-disc-herniation prefers, "
                + "flexion-friendly avoids)"),
        Case(
            name: "YAML syntax", file: "extra.yaml", text: "exercises: [\n",
            expected: "extra.yaml:2:1: error: YAML syntax"),
        Case(
            name: "a language blind to a red flag", file: "vocabulary/it.yaml", text: italianFever,
            expected: "vocabulary/it.yaml:2:3: error: no definite Italian concept raises the red flag cauda-equina"),
        Case(
            name: "a language without restrictions", file: "vocabulary/it.yaml", text: italianFever,
            expected:
                "vocabulary/it.yaml:2:3: error: the Italian vocabulary has no restrictions, so Italian restrictions would be dropped"
        ),
        Case(
            name: "restrictions missing a role", file: "vocabulary/de/restrictions.yaml",
            text: "vocabulary:\n  language: de\n  restrictions:\n    limit: {source: INF, words: [max]}\n",
            expected: "vocabulary/de/restrictions.yaml:4:5: error: the German restrictions give no heart-rate words"),
        Case(
            name: "cleared by an unknown concept", file: "vocabulary/en/extra.yaml",
            text: """
                vocabulary:
                  language: en
                  terms:
                    tumble: {source: R1, words: [tumble]}
                  concepts:
                    - {id: tumble, flag: possible-fracture, requires: [tumble], cleared-by: [no-such-concept], source: R1}

                """,
            expected:
                "vocabulary/en/extra.yaml:6:78: error: concept tumble is cleared by unknown concept 'no-such-concept'"
        ),
        Case(
            name: "unknown restriction role", file: "vocabulary/de/extra.yaml",
            text: "vocabulary:\n  language: de\n  restrictions:\n    heartrate: {source: INF, words: [puls]}\n",
            expected: "vocabulary/de/extra.yaml:4:5: error: unknown key 'heartrate' in restrictions"),
        Case(
            name: "a term class defined in two files", file: "vocabulary/fr/zz-extra.yaml",
            text: "vocabulary:\n  language: fr\n  terms:\n    stable: {source: INF, words: [inchangé]}\n",
            expected:
                "vocabulary/fr/zz-extra.yaml:4:13: error: term class 'stable' is defined in fr/neurological.yaml too; this one would replace its words"
        ),
        Case(
            name: "a word form read two ways", file: "vocabulary/fr/zz-forms.yaml",
            text: "vocabulary:\n  language: fr\n  word-forms:\n    tantième: [tante]\n",
            expected: "vocabulary/fr/zz-forms.yaml:4:5: error: 'tante' is read as 'tantième' here and as"),
        Case(
            name: "a quoted yes/no", file: "vocabulary/en/extra.yaml",
            text: """
                vocabulary:
                  language: en
                  cues:
                    - {category: possible, tentative: "true", source: N1, phrases: [maybe]}

                """,
            expected: "vocabulary/en/extra.yaml:4:39: error: tentative must be true or false"),
        Case(
            name: "a yes/no that is neither", file: "vocabulary/en/extra.yaml",
            text: """
                vocabulary:
                  language: en
                  cues:
                    - {category: possible, tentative: Yes, source: N1, phrases: [perchance]}
                    - {category: possible, tentative: maybe, source: N1, phrases: [perhaps]}

                """,
            expected: "vocabulary/en/extra.yaml:5:39: error: tentative must be true or false"),
        Case(
            name: "a doubt on a cue that is not possible", file: "vocabulary/en/extra.yaml",
            text: """
                vocabulary:
                  language: en
                  cues:
                    - {category: negated, doubts-denials: true, source: N1, phrases: [not that]}

                """,
            expected:
                "vocabulary/en/extra.yaml:4:43: error: doubts-denials is for possible cues: a doubt about a denial makes a question"
        ),
    ]

    /// An Italian vocabulary that knows only fever.
    static let italianFever = """
        vocabulary:
          language: it
          terms:
            febbre: {source: R1, words: [febbre]}
          concepts:
            - {id: fever, flag: possible-infection, requires: [febbre], source: R1}

        """

    static func protocolText(rule: String, pick: String = "walking") -> String {
        """
        protocol:
          id: extra
          name: Extra
          emphasis: testing
          avoid:
            - {pattern: impact, because: jolts, source: G21}
        \(rule)
          phases:
            - name: One
              weeks: "1-2"
              exercises: [\(pick)]

        """
    }

    @Test(arguments: cases)
    func mistakeIsReportedWithItsLine(_ item: Case) throws {
        let folder = try Self.copy(replacing: item.file, with: item.text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = KnowledgeBase.check(folder: folder).map { $0.description }
        let prefix = folder.path + "/" + item.expected
        #expect(lines.contains { $0.hasPrefix(prefix) }, "got: \(lines)")
        #expect {
            _ = try KnowledgeBase.load(from: folder)
        } throws: { ($0 as? LiaisonError)?.code == .configuration }
    }

    @Test func builtInKnowledgeBaseIsClean() {
        #expect(KnowledgeBase.check(folder: TestPaths.protocols) == [])
    }
}
