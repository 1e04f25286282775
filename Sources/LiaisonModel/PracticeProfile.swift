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
    /// Whether the letters speak as one trainer ("I") or as a practice ("we").
    public var voice: Voice
    /// The paper the letters are printed on (PDF page size).
    public var paper: Paper

    public init(
        trainer: String, credentials: String? = nil, practice: String? = nil, address: String? = nil,
        phone: String? = nil, email: String? = nil, voice: Voice = .singular, paper: Paper = .letter
    ) {
        self.trainer = trainer
        self.credentials = credentials
        self.practice = practice
        self.address = address
        self.phone = phone
        self.email = email
        self.voice = voice
        self.paper = paper
    }

    /// The grammatical person a letter speaks in (`voice: I` or `voice: we`).
    public enum Voice: String, Hashable, Sendable, CaseIterable {
        /// One trainer signs and speaks: "I propose".
        case singular = "I"
        /// The practice speaks: "we propose".
        case plural = "we"
    }

    /// Paper sizes a letter is laid out for (`paper: letter` or `paper: a4`).
    public enum Paper: String, Hashable, Sendable, CaseIterable {
        /// US Letter, 8.5 x 11 in.
        case letter
        /// ISO A4, 210 x 297 mm.
        case a4
    }
}
