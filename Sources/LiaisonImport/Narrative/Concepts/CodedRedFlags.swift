import LiaisonModel

/// The coded red-flag rules indexed by code family: exact codes in a dictionary, prefixes in a
/// short list, as the knowledge base's condition index does.
struct CodedRedFlagIndex: Sendable {
    private var exact: [String: Int] = [:]
    private var prefixes: [String: [(key: String, rule: Int)]] = [:]
    let rules: [CodedRedFlagRule]

    init(_ rules: [CodedRedFlagRule]) {
        self.rules = rules
        for (index, rule) in rules.enumerated() {
            for code in rule.codes {
                if code.hasSuffix("*") {
                    prefixes[rule.system, default: []].append((String(code.dropLast()), index))
                } else if exact[rule.system + "|" + code] == nil {
                    exact[rule.system + "|" + code] = index
                }
            }
        }
        for family in prefixes.keys { prefixes[family]?.sort { $0.key.count > $1.key.count } }
    }

    /// The rule for `code`: an exact code first, else the longest prefix.
    func rule(for code: CodeRef) -> CodedRedFlagRule? {
        guard let family = CodeSystem.family(of: code.system) else { return nil }
        let key = CodeSystem.normalize(code.code)
        if let index = exact[family + "|" + key] { return rules[index] }
        return prefixes[family]?.first { key.hasPrefix($0.key) }.map { rules[$0.rule] }
    }
}

/// Diagnoses whose code is a red flag in itself (issue 9, item 3): a problem entry G83.4 is
/// cauda equina syndrome whatever the narrative says. Negated entries never reach here (the
/// readers leave them out); resolved ones raise only what stays a red flag when past (cancer).
enum CodedRedFlags {
    static let pastStatuses: Set<String> = ["resolved", "inactive", "completed", "remission", "aborted", "cancelled"]

    static func apply(to referral: inout Referral, vocabulary: NarrativeVocabulary) {
        for diagnosis in referral.diagnoses {
            let past = diagnosis.status.map { pastStatuses.contains($0.lowercased()) } ?? false
            for code in diagnosis.allCodes {
                guard let rule = vocabulary.codedRedFlags.rule(for: code) else { continue }
                if case .never = rule.effect { break }
                let text = [code.description, diagnosis.display].compactMap { $0 }.joined(separator: " ")
                if past, !rule.evenIfResolved { continue }
                var asQuestion = false
                if !rule.newInjury.isEmpty {
                    let key = Array(CodeSystem.normalize(code.code))
                    if key.count < 7 {
                        asQuestion = true  // cut short before its 7th character: new or healed?
                    } else if !rule.newInjury.contains(key[6]) {
                        continue  // a later encounter or a sequela: healing or healed
                    }
                }
                switch rule.effect {
                case .redFlag(let kind) where !asQuestion:
                    add(
                        RedFlag(
                            kind: kind, text: text, source: diagnosis.source, assertion: past ? .historical : .affirmed,
                            code: code), to: &referral)
                case .redFlag(let kind), .review(let kind):
                    let item = ReviewItem(
                        kind: .possibleRedFlag, flag: kind, assertion: past ? .historical : nil, text: text,
                        source: diagnosis.source)
                    if !referral.reviewItems.contains(item) { referral.reviewItems.append(item) }
                case .never: break
                }
                break  // one rule per diagnosis: its first code that has one
            }
        }
    }

    private static func add(_ flag: RedFlag, to referral: inout Referral) {
        if !referral.redFlags.contains(where: { $0.kind == flag.kind && $0.code == flag.code }) {
            referral.redFlags.append(flag)
        }
    }
}
