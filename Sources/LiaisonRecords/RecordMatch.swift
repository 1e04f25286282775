import Foundation
import LiaisonModel

/// Checks that a client profile and a progress record belong to the referral they are used
/// with, and that a profile does not contradict it (a pregnancy for a male patient, an age the
/// birth date rules out). A mismatch is a ``LiaisonError`` at the line to correct; messages
/// name the fields, never their values (errors reach logs and ledgers).
///
/// A record that names no client is refused whenever the referral names its patient: nothing
/// could show it is this client's. Only when neither names anyone is it read, with a warning.
public enum RecordMatch {
    /// Checks a client profile against `referral`, for a plan made on `day`; returns warnings.
    public static func check(_ record: ClientRecord, against referral: Referral, on day: CalendarDate) throws
        -> [Diagnostic]
    {
        let warnings = try check(record.identity, of: "client profile", against: referral, needsReferral: false)
        let source = referral.source.path
        if let weeks = record.profile.pregnancyWeeks, weeks > 0, isMale(referral.patient.sex) {
            throw LiaisonError(
                .configuration,
                "the client profile gives `pregnancyWeeks`, but the referral \(source) records the client's sex as male",
                at: record.locations["pregnancyWeeks"] ?? record.identity.location,
                hint: "check that this profile is this client's; remove `pregnancyWeeks` if it was copied by mistake")
        }
        if let age = record.profile.age,
            let birth = record.identity.birthDate?.value ?? referral.patient.birthDate.flatMap(fullDate)
        {
            let referralDay = referral.document.date.flatMap(CalendarDate.init) ?? day
            let ages =
                Self.age(born: birth, on: min(day, referralDay))...Self.age(born: birth, on: max(day, referralDay))
            if !ages.contains(age) {
                throw LiaisonError(
                    .configuration, "`age` contradicts the client's birth date on \(day)",
                    at: record.locations["age"] ?? record.identity.location,
                    hint: "correct `age:` or leave it out; the birth date says how old the client is")
            }
        }
        return warnings
    }

    /// Checks a progress record against `referral`; it must also name the referral it reports
    /// on. Returns warnings.
    public static func check(_ record: ProgressRecord, file: String, against referral: Referral) throws
        -> [Diagnostic]
    {
        let identity = record.identity ?? ClientIdentity(at: SourceLocation(file: file))
        return try check(identity, of: "progress record", against: referral, needsReferral: true)
    }

    /// Compares each identity field with the referral's; `what` names the record in messages.
    static func check(_ identity: ClientIdentity, of what: String, against referral: Referral, needsReferral: Bool)
        throws -> [Diagnostic]
    {
        let source = referral.source.path
        let patient = referral.patient
        let referralName = patient.name.flatMap(NameMatch.words).flatMap { $0.isEmpty ? nil : $0 }
        let referralBirth = patient.birthDate?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        if referralName == nil, referralBirth == nil, identity.name == nil, identity.birthDate == nil {
            return [
                Diagnostic(
                    .warning,
                    "neither the \(what) nor the referral \(source) names the client; Liaison cannot check that they belong together",
                    at: identity.location)
            ]
        }
        func refuse(_ message: String, at location: SourceLocation?, hint: String) -> LiaisonError {
            LiaisonError(.configuration, message, at: location ?? identity.location, hint: hint)
        }
        if let referralName {
            guard let name = identity.name else {
                throw refuse(
                    "the \(what) names no client (`name:`), so Liaison cannot check that it is for the patient of \(source)",
                    at: nil, hint: "add `name:` and `birthDate:` as the referral gives them")
            }
            if !NameMatch.matches(name.value, referralName) {
                throw refuse(
                    "the \(what)'s `name` does not match the patient name of the referral \(source)",
                    at: name.location,
                    hint: "check that this \(what) is this client's; correct `name:` only if it is misspelt")
            }
        }
        if let referralBirth {
            guard let birth = identity.birthDate else {
                throw refuse(
                    "the \(what) gives no `birthDate:`, so Liaison cannot check that it is for the patient of \(source)",
                    at: nil, hint: "add `birthDate: YYYY-MM-DD` as the referral gives it")
            }
            if !birth.value.description.hasPrefix(String(referralBirth.prefix(10))) {
                throw refuse(
                    "the \(what)'s `birthDate` does not match the patient's birth date in the referral \(source)",
                    at: birth.location,
                    hint: "check that this \(what) is this client's; correct `birthDate:` only if it is mistyped")
            }
        }
        let ids = referral.document.id.map(documentIDs) ?? []
        let shown = referral.document.id.map(shortID) ?? ""
        if let written = identity.referral {
            if !ids.isEmpty, !ids.contains(written.value.lowercased()) {
                throw refuse(
                    "the \(what) was written for referral \(written.value), but \(source) is referral \(shown)",
                    at: written.location,
                    hint:
                        "use the \(what) written for this referral, or correct `referral:` if the referral was reissued"
                )
            }
        } else if needsReferral, !ids.isEmpty {
            throw refuse(
                "the \(what) does not say which referral it reports on", at: nil,
                hint: "add `referral: \(shown)` if it reports on \(source)")
        }
        return []
    }

    /// The ways a record may name a document id: the whole id, or a CDA id's extension alone
    /// (`root^extension`); lower case, the extension first.
    static func documentIDs(_ id: String) -> [String] {
        let whole = id.trimmingCharacters(in: .whitespaces).lowercased()
        guard let caret = whole.lastIndex(of: "^") else { return [whole] }
        return [String(whole[whole.index(after: caret)...]), whole]
    }

    /// A CDA id's extension (`root^extension`), else the whole id, as written.
    static func shortID(_ id: String) -> String {
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        return trimmed.lastIndex(of: "^").map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
    }

    static func isMale(_ sex: String?) -> Bool {
        guard let sex = sex?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return sex == "m" || sex == "male"
    }

    /// A `YYYY-MM-DD` date; nil for a partial one (`1984`, `1984-06`).
    static func fullDate(_ text: String) -> CalendarDate? { text.count >= 10 ? CalendarDate(text) : nil }

    /// Whole years from `born` to `day`.
    public static func age(born: CalendarDate, on day: CalendarDate) -> Int {
        let birthdayPassed = (day.month, day.day) >= (born.month, born.day)
        return day.year - born.year - (birthdayPassed ? 0 : 1)
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension RecordMatch {
    /// Whether `record` says it reports on `referral`, or says nothing (and will be refused by
    /// ``check(_:file:against:)`` for that): a client folder's records of earlier referrals are
    /// passed over, not refused.
    public static func mayReport(_ record: ProgressRecord, on referral: Referral) -> Bool {
        guard let written = record.identity?.referral?.value.lowercased(), let id = referral.document.id else {
            return true
        }
        return documentIDs(id).contains(written)
    }
}
