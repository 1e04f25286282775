import LiaisonModel

/// A protocol a plan follows, with what selected it (codes, keywords, the client profile).
struct ProtocolMatch {
    var clinicalProtocol: ClinicalProtocol
    var matchedBy: [String]

    /// Short label naming what put the protocol in the plan, for `because` lists.
    var label: String { "\(matchedBy.joined(separator: ", ")) (\(clinicalProtocol.name))" }
}

/// Matches a referral's diagnoses to conditions and their protocols: the primary code first,
/// then the alternate codes, then keywords in the display text; a diagnosis that matches nothing
/// falls back to the general protocol with a question for the provider.
struct ProtocolMatcher {
    let base: KnowledgeBase

    /// Diagnoses the document marks as no longer current are not planned for.
    static let inactiveStatuses: Set<String> = ["resolved", "inactive", "refuted", "entered-in-error"]

    func match(_ referral: Referral, client: ClientProfile?) -> (matches: [ProtocolMatch], questions: [String]) {
        var matchedBy: [String: [String]] = [:]
        var questions: [String] = []
        func add(_ protocolID: String, _ reason: String) {
            if !(matchedBy[protocolID] ?? []).contains(reason) { matchedBy[protocolID, default: []].append(reason) }
        }
        let current = referral.diagnoses.filter {
            !Self.inactiveStatuses.contains(($0.status ?? "").lowercased())
        }
        let fallback = base.defaults.fallbackProtocol?.value
        for diagnosis in current {
            let (conditions, reason) = conditions(for: diagnosis)
            if conditions.isEmpty, let fallback {
                let name = diagnosis.display.map { " (\($0))" } ?? ""
                add(fallback, "fallback: \(diagnosis.codeLabel) matched no condition")
                questions.append(
                    "We could not match diagnosis \(diagnosis.codeLabel)\(name) to our protocols, so "
                        + "the plan follows the general low back protocol. Please tell us of any precautions it needs.")
            }
            for condition in conditions {
                for id in condition.protocols { add(id.value, reason) }
            }
        }
        if current.isEmpty, let fallback {
            add(fallback, "no diagnosis given")
            questions.append(
                "The referral names no current diagnosis, so the plan follows the general low back protocol. "
                    + "Please send the diagnosis and any precautions.")
        }
        if let weeks = client?.pregnancyWeeks, weeks > 0, let pregnancy = base.defaults.pregnancyProtocol?.value {
            add(pregnancy, "client profile: pregnancy week \(weeks)")
        }
        // In id order (a protocol's id is its key here), so the plan does not depend on the order of
        // the referral's diagnoses.
        let matches = matchedBy.keys.sorted().compactMap { id in
            base.clinicalProtocol(id).map { ProtocolMatch(clinicalProtocol: $0, matchedBy: matchedBy[id] ?? []) }
        }
        return (matches, questions)
    }

    /// The conditions of the first code that selects any, else of the display-text keywords.
    private func conditions(for diagnosis: Diagnosis) -> ([Condition], String) {
        for code in diagnosis.allCodes {
            let found = base.codeIndex.conditions(for: code)
            if !found.isEmpty { return (found.map { base.conditions[$0] }, "\(code.system) \(code.code)") }
        }
        guard let display = diagnosis.display, !display.isEmpty else { return ([], "") }
        let (found, words) = base.keywordIndex.conditions(in: display)
        return (found.map { base.conditions[$0] }, words.map { "keyword \"\($0)\"" }.joined(separator: ", "))
    }
}
