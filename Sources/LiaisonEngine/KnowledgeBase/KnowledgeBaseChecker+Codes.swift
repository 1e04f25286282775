import LiaisonModel

extension KnowledgeBaseChecker {
    /// A code (or a prefix covering it) claimed by two conditions is fine, unless one condition's
    /// protocols prefer a pattern the other's forbid: then a plan could not follow both.
    mutating func checkSharedCodes() {
        let conditions = base.conditions
        for (i, first) in conditions.enumerated() {
            for second in conditions[(i + 1)...] where first.id != second.id {
                guard let shared = sharedCode(first, second) else { continue }
                for clash in contradictions(first, second) {
                    error(
                        "code \(shared.system) \(shared.written) is claimed by conditions \(first.id) and "
                            + "\(second.id), whose protocols contradict on \(clash)",
                        at: shared.location,
                        notes: ["give the code to one condition, or make the protocols agree"])
                }
            }
        }
    }

    private func sharedCode(_ a: Condition, _ b: Condition) -> CodePattern? {
        for x in a.codes {
            for y in b.codes where x.system == y.system {
                let overlap =
                    x.key == y.key || (x.isPrefix && y.key.hasPrefix(x.key)) || (y.isPrefix && x.key.hasPrefix(y.key))
                if overlap { return y }
            }
        }
        return nil
    }

    /// Patterns one condition's protocols prefer and the other's avoid, as readable phrases.
    private func contradictions(_ a: Condition, _ b: Condition) -> [String] {
        func rules(_ condition: Condition) -> (prefers: Set<String>, avoids: Set<String>) {
            let protocols = condition.protocols.compactMap { base.clinicalProtocol($0.value) }
            return (
                Set(protocols.flatMap { $0.prefers.map(\.pattern.value) }),
                Set(protocols.flatMap { $0.avoid.map(\.pattern.value) })
            )
        }
        let ra = rules(a)
        let rb = rules(b)
        let one = ra.prefers.intersection(rb.avoids).sorted().map { "\($0) (\(a.id) prefers, \(b.id) avoids)" }
        let two = rb.prefers.intersection(ra.avoids).sorted().map { "\($0) (\(b.id) prefers, \(a.id) avoids)" }
        return one + two
    }
}
