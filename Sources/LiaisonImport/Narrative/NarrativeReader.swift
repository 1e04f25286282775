import LiaisonModel

/// Where a block of provider text came from, and the dates its durations count from.
public struct NarrativeContext: Sendable {
    /// The provenance section (a LOINC section code for CDA, the element name for referral XML).
    public var section: String
    /// The 1-based line of the text block in the source file.
    public var line: Int?
    /// The document date: "for 6 weeks" counts from it.
    public var referenceDate: CalendarDate?
    /// The surgery date when known: "until 12 weeks post-op" counts from it.
    public var surgeryDate: CalendarDate?

    public init(section: String, line: Int?, referenceDate: CalendarDate? = nil, surgeryDate: CalendarDate? = nil) {
        self.section = section
        self.line = line
        self.referenceDate = referenceDate
        self.surgeryDate = surgeryDate
    }
}

/// What the phrase reader found in one block of text.
public struct NarrativeFindings: Sendable, Equatable {
    public var restrictions: [Restriction]
    public var redFlags: [RedFlag]

    public init(restrictions: [Restriction] = [], redFlags: [RedFlag] = []) {
        self.restrictions = restrictions
        self.redFlags = redFlags
    }
}

/// Reads restrictions and red flags from the provider's own words.
public enum NarrativeReader {
    /// Reads one block of provider text (a paragraph, a list item, a table cell).
    public static func read(_ text: String, context: NarrativeContext) -> NarrativeFindings {
        NarrativeFindings()
    }

    /// Whether a block of text looks like an instruction or restriction at all.
    public static func looksLikeInstruction(_ text: String) -> Bool {
        false
    }
}
