import Foundation
import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// Runs the narrative reader over a sentence table and scores it.
enum SentenceEvaluation {
    static let documentDate = CalendarDate(year: 2026, month: 11, day: 2)

    /// Whether Liaison reads restrictions in `language`: English by its rules, another
    /// language by its restriction vocabulary. Elsewhere restrictions are not compared.
    static func readsRestrictions(_ language: String) -> Bool {
        language == "en" || TestKnowledge.vocabulary.readers[language]?.restrictions != nil
    }

    static func score(_ rows: [SentenceRow], language: String) -> SentenceScore {
        var score = SentenceScore()
        let comparesRestrictions = readsRestrictions(language)
        for row in rows {
            let context = NarrativeContext(
                section: row.section, line: 1, kind: row.kind, language: language, referenceDate: documentDate,
                vocabulary: TestKnowledge.vocabulary)
            let findings = NarrativeReader.read(row.text, context: context)
            let mentions = NarrativeReader.mentions(in: row.text, context: context)
            score.rows += 1
            let got = plan(findings)
            score.plans[row.expect, default: [:]][got, default: 0] += 1

            let goldFlags = Set(row.mentions.map(\.flag))
            let predictedPairs = Set(
                mentions.compactMap { m in flagName(m.rule.target).map { "\($0)=\(m.assertion.assertion.rawValue)" } })
            let predictedFlags = Set(predictedPairs.map { String($0.split(separator: "=")[0]) })
            for flag in goldFlags.union(predictedFlags) {
                score.concepts[flag, default: Tally()].add(
                    gold: goldFlags.contains(flag) ? [row.id] : [],
                    predicted: predictedFlags.contains(flag) ? [row.id] : [])
            }
            score.predictions.append("\(row.id)\t\(predictedPairs.sorted().joined(separator: "|"))")
            let goldPairs = Set(row.mentions.map { "\($0.flag)=\($0.assertion)" })
            let comparable = predictedPairs.filter { goldFlags.contains(String($0.split(separator: "=")[0])) }
            score.goldPairs += goldPairs.count
            score.correctPairs += goldPairs.intersection(comparable).count
            for assertion in Assertion.allCases.map(\.rawValue) {
                score.assertions[assertion, default: Tally()].add(
                    gold: goldPairs.filter { $0.hasSuffix("=" + assertion) },
                    predicted: comparable.filter { $0.hasSuffix("=" + assertion) })
            }

            let goldRestrictions = Set(row.restrictions.filter { $0 != "lifted" })
            let predictedRestrictions = comparesRestrictions ? Set(findings.restrictions.map(name)) : goldRestrictions
            for kind in Set((goldRestrictions.union(predictedRestrictions)).map { String($0.prefix { $0 != ":" }) }) {
                score.restrictions[kind, default: Tally()].add(
                    gold: goldRestrictions.filter { $0.hasPrefix(kind) },
                    predicted: predictedRestrictions.filter { $0.hasPrefix(kind) })
            }
            if got != row.expect || goldPairs != comparable || predictedFlags != goldFlags
                || goldRestrictions != predictedRestrictions
            {
                var line = "\(row.id) [\(row.section)] \(row.expect)->\(got)"
                if goldPairs != comparable || predictedFlags != goldFlags {
                    line += " flags \(goldPairs.sorted()) got \(predictedPairs.sorted())"
                }
                if goldRestrictions != predictedRestrictions {
                    line += " restrictions \(goldRestrictions.sorted()) got \(predictedRestrictions.sorted())"
                }
                score.failures.append(line + " :: " + row.text)
            }
        }
        return score
    }

    static func plan(_ findings: NarrativeFindings) -> String {
        if !findings.redFlags.isEmpty { return "refer-back" }
        return findings.reviewItems.isEmpty ? "ready" : "needs-review"
    }

    static func flagName(_ target: ConceptRule.Target) -> String? {
        switch target {
        case .redFlag(let kind): kind.rawValue
        case .holdExercise: "hold"
        case .unspecifiedRedFlag: nil
        }
    }

    /// A restriction as the table writes it: `max-lift:10lb`, `avoid-movement:flexion`.
    static func name(_ restriction: Restriction) -> String {
        switch restriction.kind {
        case .maxLift(let value, let unit):
            let figure = value == value.rounded() ? String(Int(value)) : String(value)
            return "max-lift:\(figure)\(unit.rawValue)"
        case .avoidMovement(let movement): return "avoid-movement:\(movement.rawValue)"
        case .noImpact: return "no-impact"
        case .maxHeartRate(let bpm): return "max-heart-rate:\(bpm)"
        case .avoidPosition(let position): return "avoid-position:\(position.rawValue)"
        case .weightBearing(let status): return "weight-bearing:\(status.rawValue)"
        case .other: return "other"
        }
    }
}

extension XCTestCase {
    /// The plan the narrative reader makes of `text` read as one block of a section of `kind`
    /// in `language`: "refer-back", "needs-review" or "ready".
    func readPlan(_ text: String, kind: SectionKind = .assessment, language: String = "en") -> String {
        let context = NarrativeContext(
            section: "test", line: 1, kind: kind, language: language, referenceDate: SentenceEvaluation.documentDate,
            vocabulary: TestKnowledge.vocabulary)
        return SentenceEvaluation.plan(NarrativeReader.read(text, context: context))
    }
}
