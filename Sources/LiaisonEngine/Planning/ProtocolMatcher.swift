import LiaisonModel

/// A protocol a plan follows, with what selected it (codes, keywords, the client profile).
struct ProtocolMatch {
    var clinicalProtocol: ClinicalProtocol
    var selectedBy: [ProtocolSelection]

    /// The protocol and what selected it, as the plan's reasons name it.
    var ref: ProtocolRef {
        ProtocolRef(id: clinicalProtocol.id, name: clinicalProtocol.name, selectedBy: selectedBy)
    }
}

/// Matches a referral's diagnoses to conditions and their protocols: the primary code first,
/// then the alternate codes, then keywords in the display text; a diagnosis that matches nothing
/// falls back to the general protocol with a question for the provider.
struct ProtocolMatcher {
    let base: KnowledgeBase

    /// Diagnoses the document marks as no longer current are not planned for.
    static let inactiveStatuses: Set<String> = ["resolved", "inactive", "refuted", "entered-in-error"]

    func match(_ referral: Referral, client: ClientProfile?) -> (matches: [ProtocolMatch], questions: [String]) {
        var matchedBy: [String: [ProtocolSelection]] = [:]
        var questions: [String] = []
        func add(_ protocolID: String, _ reason: ProtocolSelection) {
            // Two diagnoses selecting a protocol by the same words are one reason.
            if !(matchedBy[protocolID] ?? []).contains(where: { $0.words == reason.words }) {
                matchedBy[protocolID, default: []].append(reason)
            }
        }
        let current = referral.diagnoses.filter {
            !Self.inactiveStatuses.contains(($0.status ?? "").lowercased())
        }
        let fallback = base.defaults.fallbackProtocol?.value
        for diagnosis in current {
            let (conditions, reason) = conditions(for: diagnosis)
            if conditions.isEmpty, let fallback {
                let name = diagnosis.display.map { " (\($0))" } ?? ""
                add(
                    fallback,
                    .fallback(
                        diagnosis.code.map { CodeRef(code: $0, system: diagnosis.system) }, diagnosis: diagnosis.source)
                )
                questions.append(
                    "The knowledge base has no protocol for diagnosis \(diagnosis.codeLabel)\(name), so "
                        + "the plan follows the general low back protocol. Please name any precautions it needs.")
            }
            for condition in conditions {
                for id in condition.protocols { if let reason { add(id.value, reason) } }
            }
        }
        if current.isEmpty, let fallback {
            add(fallback, .noDiagnosis)
            questions.append(
                "The referral names no current diagnosis, so the plan follows the general low back protocol. "
                    + "Please send the diagnosis and any precautions.")
        }
        if let weeks = client?.pregnancyWeeks, weeks > 0, let pregnancy = base.defaults.pregnancyProtocol?.value {
            add(pregnancy, .pregnancy(week: weeks))
        }
        // In id order (a protocol's id is its key here), so the plan does not depend on the order of
        // the referral's diagnoses.
        let matches = matchedBy.keys.sorted().compactMap { id in
            base.clinicalProtocol(id).map { ProtocolMatch(clinicalProtocol: $0, selectedBy: matchedBy[id] ?? []) }
        }
        return (matches, questions)
    }

    /// The conditions of the first code that selects any, else of the display-text keywords.
    private func conditions(for diagnosis: Diagnosis) -> ([Condition], ProtocolSelection?) {
        for code in diagnosis.allCodes {
            let found = base.codeIndex.conditions(for: code)
            if !found.isEmpty { return (found.map { base.conditions[$0] }, .code(code, diagnosis: diagnosis.source)) }
        }
        guard let display = diagnosis.display, !display.isEmpty else { return ([], nil) }
        let (found, words) = base.keywordIndex.conditions(in: display)
        return (found.map { base.conditions[$0] }, .keywords(words, diagnosis: diagnosis.source))
    }
}
