/// How a document states a clinical concept, in the categories of the ConText algorithm
/// (Harkema et al. 2009, J Biomed Inform 42:839, extending NegEx, Chapman et al. 2001).
public enum Assertion: String, Hashable, Sendable, Codable, CaseIterable {
    /// Present in the client now: no cue changes it.
    case affirmed
    /// Denied or ruled out ("denies", "no", ": negative").
    case negated
    /// Suspected, queried or not yet excluded ("?", "r/o", "cannot exclude", "suspected").
    case possible
    /// In the client's past ("history of", "previous", a Past Medical History section).
    case historical
    /// Advice, safety-netting or a condition ("return if", "warning signs explained").
    case hypothetical
    /// About someone else ("mother had", a Family History section).
    case family
}
