import LiaisonModel

/// The FITT summary per component: the knowledge base's ACSM defaults, replaced by what the
/// matched protocols set (several protocols' figures are listed together), with a provider's
/// heart-rate cap added to the aerobic intensity.
struct FITTBuilder {
    let base: KnowledgeBase

    func build(_ matches: [ProtocolMatch], heartRateCap: (bpm: Int, text: String)?) -> [FITT] {
        var byComponent: [String: FITT] = [:]
        for rule in base.defaults.fitt { byComponent[rule.value.component] = cite(rule.value) }
        var overrides: [String: [FITT]] = [:]
        for match in matches {
            for rule in match.clinicalProtocol.fitt {
                overrides[rule.value.component, default: []].append(cite(rule.value))
            }
        }
        for (component, list) in overrides {
            byComponent[component] = list.count == 1 ? list[0] : merged(component, list)
        }
        if let cap = heartRateCap, var aerobic = byComponent["aerobic"] {
            aerobic.intensity += "; heart rate under \(cap.bpm) bpm (restriction \"\(cap.text)\")"
            byComponent["aerobic"] = aerobic
        }
        return byComponent.keys.sorted().compactMap { byComponent[$0] }
    }

    private func merged(_ component: String, _ list: [FITT]) -> FITT {
        func join(_ field: (FITT) -> String?) -> String {
            var seen: [String] = []
            for value in list.compactMap(field) where !seen.contains(value) { seen.append(value) }
            return seen.joined(separator: "; ")
        }
        return FITT(
            component: component, frequency: join(\.frequency), intensity: join(\.intensity), time: join(\.time),
            type: join(\.type), source: join(\.source))
    }

    /// Replaces the source key with `KEY: citation`.
    private func cite(_ fitt: FITT) -> FITT {
        var copy = fitt
        if let key = fitt.source, let citation = base.sources[key] { copy.source = "\(key): \(citation)" }
        return copy
    }
}
