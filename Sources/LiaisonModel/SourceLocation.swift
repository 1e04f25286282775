/// Where something was read: a file and, where known, a line and column (1-based).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COL`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

/// Where a diagnosis, restriction or red flag came from inside a referral document.
public struct Provenance: Hashable, Sendable, Codable {
    /// The section it was read from as the document names it: a LOINC section code for CDA
    /// (`11450-4`), `header` for the CDA header, or the element name for the plain referral XML
    /// (`restrictions`). The JSON contract's `section`.
    public var section: String
    /// What that section is for, whatever the format calls it.
    public var kind: SectionKind
    /// The 1-based line in the source file.
    public var line: Int?

    public init(section: String, line: Int?, kind: SectionKind = .other) {
        self.section = section
        self.line = line
        self.kind = kind
    }
}

/// A value read from a file (the knowledge base, a record) together with where it was written,
/// so a checker can point at the exact line of a dangling id or an unknown pattern.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
