import LiaisonModel

/// One comma-separated part of a clause, as the restriction reader sees it: its lemmas, its
/// cues and the words its prohibitions govern. Commas matter here: "Keine Gewichte über Kopf,
/// Rumpfrotation erlaubt" forbids overhead work and permits rotation.
struct RestrictionSegment {
    typealias Role = RestrictionVocabulary.Role

    let words: Words
    /// The cue phrases of the part, left to right.
    let cues: [(index: Int, count: Int, roles: Set<Role>)]
    /// `governed[i]`: word `i` is forbidden or limited by a prohibition.
    var governed: [Bool]
    /// A forward prohibition reaches the part's end, so a next part without cues of its own is
    /// the rest of its list ("kein Bücken, Drehen oder Heben").
    var openForward = false
    /// A backward prohibition reaches the part's start ("Bücken, Drehen und Heben vermeiden").
    var openBackward = false

    var lemmas: [String] { words.lemmas }
    func has(_ role: Role) -> Bool { cues.contains { $0.roles.contains(role) } }
    /// Permitted: nothing in it is forbidden, though a figure may still cap ("bis 10 kg erlaubt").
    var permitted: Bool { has(.permission) }
    /// Cancelled: it lifts a restriction and sets none ("Einschränkungen aufgehoben").
    var cancelled: Bool { has(.cancellation) }
    /// Whether a prohibition governs an activity the reader knows ("Kontaktsport", "efforts"),
    /// though of no kind it can classify.
    func forbidsActivity(_ reader: RestrictionReader) -> Bool {
        lemmas.indices.contains { governed[$0] && reader.isActivity(lemmas, at: $0) }
    }
}

extension RestrictionReader {
    /// The parts of a clause between commas (a comma between digits is a decimal point), each
    /// tokenised by `tokens` and read in this language.
    func segments(of text: String, tokens: (String) -> [Token]) -> [RestrictionSegment] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let decimal = i > 0 && i + 1 < scalars.count && scalars[i - 1].isDigit && scalars[i + 1].isDigit
            if scalar == ",", !decimal {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        parts.append(String(current))
        var segments = parts.map { segment(Words(tokens($0), lemmatizer: lemmatizer, referenceYear: nil)) }
        // A part without cues continues the list of the part before or after it.
        for k in segments.indices.dropFirst() where segments[k - 1].openForward && segments[k].cues.isEmpty {
            segments[k].governed = segments[k].governed.map { _ in true }
            segments[k].openForward = true
        }
        for k in segments.indices.dropLast().reversed() where segments[k + 1].openBackward && segments[k].cues.isEmpty {
            segments[k].governed = segments[k].governed.map { _ in true }
            segments[k].openBackward = true
        }
        return segments
    }

    /// One part with its cues and their reach: a prohibition before governs the words after it,
    /// one after the words before it, up to a scope end; a weak one only before an activity.
    private func segment(_ words: Words) -> RestrictionSegment {
        let lemmas = words.lemmas
        let cues = cues.hits(in: lemmas).map { (index: $0.index, count: $0.count, roles: $0.value) }
        var segment = RestrictionSegment(
            words: words, cues: cues, governed: [Bool](repeating: false, count: lemmas.count))
        let ends = Set(cues.filter { $0.roles.contains(.scopeEnd) }.map(\.index))
        for cue in cues {
            let after = cue.index + cue.count
            let weak = cue.roles.contains(.weakProhibition) && activityFollows(lemmas, at: after)
            if cue.roles.contains(.prohibitionBefore) || weak {
                var j = after
                while j < lemmas.count, !ends.contains(j) {
                    segment.governed[j] = true
                    j += 1
                }
                if j == lemmas.count { segment.openForward = true }
            }
            if cue.roles.contains(.prohibitionAfter) {
                var j = cue.index - 1
                while j >= 0, !ends.contains(j) {
                    segment.governed[j] = true
                    j -= 1
                }
                if j < 0 { segment.openBackward = true }
            }
        }
        return segment
    }

    /// Whether an activity the reader can restrict starts at `index`, perhaps after modifiers
    /// ("kein schweres Heben"): "kein Bücken" forbids, "kein Fieber" does not.
    func activityFollows(_ lemmas: [String], at index: Int) -> Bool {
        var j = index
        while j < lemmas.count {
            if isActivity(lemmas, at: j) { return true }
            guard starts(.modifier, in: lemmas, at: j) else { return false }
            j += 1
        }
        return false
    }

    /// Whether a movement, impact, lift, position, weight-bearing order or listed activity starts
    /// at `index`.
    func isActivity(_ lemmas: [String], at index: Int) -> Bool {
        movements.match(in: lemmas, at: index) != nil || positions.match(in: lemmas, at: index) != nil
            || weightBearing.match(in: lemmas, at: index) != nil
            || [.impact, .lifting, .plainLifting, .loadWeight, .activity].contains { starts($0, in: lemmas, at: index) }
    }
}
