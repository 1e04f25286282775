/// The trainer and practice that sign a letter (`--practice FILE`, YAML).
///
/// Every field but `trainer` is optional; a letter leaves out what is not given rather than
/// printing an empty line.
public struct PracticeProfile: Hashable, Sendable {
    /// The trainer's name as it should appear above the signature.
    public var trainer: String
    /// Certifications after the name, e.g. `CSCS, ACSM-CEP`.
    public var credentials: String?
    /// The practice or business name, printed in the letterhead.
    public var practice: String?
    /// Postal address, one line or several separated by newlines.
    public var address: String?
    public var phone: String?
    public var email: String?

    public init(
        trainer: String, credentials: String? = nil, practice: String? = nil, address: String? = nil,
        phone: String? = nil, email: String? = nil
    ) {
        self.trainer = trainer
        self.credentials = credentials
        self.practice = practice
        self.address = address
        self.phone = phone
        self.email = email
    }
}
