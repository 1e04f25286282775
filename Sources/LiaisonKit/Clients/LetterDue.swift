import LiaisonModel

/// Which letter a client is owed next and by when: the initial letter within a week of the
/// referral, then a progress letter every 30 days since the last letter, or a week before the
/// provider's follow-up when that comes first; nothing after a discharge letter, nor after an
/// alert letter (the provider must see the client first). docs/records.md states the rules.
public struct LetterDue: Hashable, Sendable, Encodable {
    /// The letter owed; nil when none is.
    public var letter: LetterKind?
    /// The day it is due; nil when none is.
    public var by: CalendarDate?
    /// Why, in a few words.
    public var reason: String
    /// Whether `by` has passed.
    public var overdue: Bool

    /// Days from the referral to the initial letter.
    public static let initialDays = 7
    /// Days between progress letters.
    public static let progressDays = 30
    /// Days before the provider's follow-up that a progress letter should be there.
    public static let followUpLead = 7

    /// What is due for a plan of `status` made from a referral dated `referralDate` (with the
    /// provider's `followUp`, when known), given the letters sent since that referral, on `today`.
    public static func next(
        referralDate: CalendarDate, followUp: CalendarDate?, status: Plan.Status, sent: [LetterName],
        today: CalendarDate
    ) -> LetterDue {
        let answered = sent.filter { $0.date >= referralDate }.sorted { $0.date < $1.date }
        func due(_ kind: LetterKind, by day: CalendarDate, _ reason: String) -> LetterDue {
            LetterDue(letter: kind, by: day, reason: reason, overdue: day < today)
        }
        if status == .referBack {
            if answered.contains(where: { $0.kind == .alert }) {
                return LetterDue(
                    letter: nil, by: nil, reason: "referred back; waiting for the provider", overdue: false)
            }
            return due(.alert, by: referralDate, "a red flag: the provider must hear today")
        }
        guard let last = answered.last(where: { $0.kind != .alert }) else {
            return due(.initial, by: referralDate.adding(days: initialDays), "no letter sent for this referral yet")
        }
        if last.kind == .discharge {
            return LetterDue(letter: nil, by: nil, reason: "discharged on \(last.date)", overdue: false)
        }
        let regular = last.date.adding(days: progressDays)
        if let followUp, followUp > last.date, followUp.adding(days: -followUpLead) < regular {
            return due(
                .progress, by: followUp.adding(days: -followUpLead), "the provider sees the client on \(followUp)")
        }
        return due(.progress, by: regular, "\(progressDays) days since the last letter (\(last.date))")
    }
}

extension LetterDue {
    enum CodingKeys: String, CodingKey { case letter, by, reason, overdue }

    /// `letter` as its name (`progress`), `by` as `YYYY-MM-DD`, both null when nothing is due.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(letter?.rawValue, forKey: .letter)
        try c.encode(by, forKey: .by)
        try c.encode(reason, forKey: .reason)
        try c.encode(overdue, forKey: .overdue)
    }
}
