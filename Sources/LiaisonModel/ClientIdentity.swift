/// Whom a client record (a client profile, a progress record) says it belongs to: the client's
/// name and birth date (the two identifiers a clinic checks before it acts) and the id of the
/// referral the record was written for. Each value keeps where it was written, so a mismatch
/// with the referral points at the line to correct.
public struct ClientIdentity: Hashable, Sendable {
    /// Where the record starts, for errors about a field that is missing.
    public var location: SourceLocation
    /// The client's name as the trainer wrote it (`name:`).
    public var name: Located<String>?
    /// The client's birth date (`birthDate:`).
    public var birthDate: Located<CalendarDate>?
    /// The referral's document id (`referral:`), as the referral states it (the extension of a
    /// CDA id is enough).
    public var referral: Located<String>?

    public init(
        at location: SourceLocation, name: Located<String>? = nil, birthDate: Located<CalendarDate>? = nil,
        referral: Located<String>? = nil
    ) {
        self.location = location
        self.name = name
        self.birthDate = birthDate
        self.referral = referral
    }

    /// True when the record names no client and no referral: it cannot be checked.
    public var isEmpty: Bool { name == nil && birthDate == nil && referral == nil }
}
