import Foundation
import LiaisonModel
import LiaisonRecords
import Testing

/// Which records belong to a referral: the same client however the name is written, the CDA
/// id's extension as the referral's id, ages on either side of a birthday, and the one case a
/// record without identity is let through (with a warning).
struct RecordMatchTests {
    static func referral(name: String? = "Gloria M. Hensley", birth: String? = "1967-12-03", sex: String? = "F")
        -> Referral
    {
        Referral(
            source: SourceDocument(path: "r.xml", sha256: "", format: .cda),
            document: DocumentInfo(id: "2.16.840.1.113883.19.5^LIA-REF-2026-0104", date: "2026-11-09T11:00:00-08:00"),
            patient: Patient(name: name, birthDate: birth, sex: sex))
    }

    static func profile(_ yaml: String) throws -> ClientRecord {
        try ClientProfileReader.record(yaml: yaml, path: "c.yaml")
    }

    @Test(arguments: ["Gloria Hensley", "HENSLEY, Gloria", "Dr. Gloria Hensley", "Glória Hensley"])
    func sameClientWrittenDifferently(name: String) throws {
        let record = try Self.profile("name: \(name)\nbirthDate: 1967-12-03\nreferral: lia-ref-2026-0104\n")
        #expect(
            try RecordMatch.check(record, against: Self.referral(), on: CalendarDate(year: 2026, month: 11, day: 24))
                == [])
    }

    @Test(arguments: ["Gloria", "Gloria Hensley-Marsh", "Helen Hensley"])
    func otherNamesAreRefused(name: String) throws {
        let record = try Self.profile("name: \(name)\nbirthDate: 1967-12-03\n")
        #expect(throws: LiaisonError.self) {
            try RecordMatch.check(record, against: Self.referral(), on: CalendarDate(year: 2026, month: 11, day: 24))
        }
    }

    @Test func aPartialBirthDateIsComparedAsFarAsItGoes() throws {
        let record = try Self.profile("name: Gloria Hensley\nbirthDate: 1967-12-03\n")
        let day = CalendarDate(year: 2026, month: 11, day: 24)
        #expect(try RecordMatch.check(record, against: Self.referral(birth: "1967-12"), on: day) == [])
        #expect(throws: LiaisonError.self) {
            try RecordMatch.check(record, against: Self.referral(birth: "1968"), on: day)
        }
    }

    /// 58 on the referral's date; 59 from 2026-12-03: either age fits a plan made after then.
    @Test func ageMayBeThatOnTheReferralDateOrOnThePlanDate() throws {
        let later = CalendarDate(year: 2026, month: 12, day: 10)
        for age in [58, 59] {
            let record = try Self.profile("name: Gloria Hensley\nbirthDate: 1967-12-03\nage: \(age)\n")
            #expect(try RecordMatch.check(record, against: Self.referral(), on: later) == [])
        }
        let wrong = try Self.profile("name: Gloria Hensley\nbirthDate: 1967-12-03\nage: 47\n")
        #expect(throws: LiaisonError.self) { try RecordMatch.check(wrong, against: Self.referral(), on: later) }
        #expect(RecordMatch.age(born: CalendarDate(year: 1967, month: 12, day: 3), on: later) == 59)
    }

    @Test func aRecordWithoutIdentityPassesOnlyWhenTheReferralHasNoneEither() throws {
        let day = CalendarDate(year: 2026, month: 11, day: 24)
        let anonymous = try Self.profile("age: 58\n")
        let warnings = try RecordMatch.check(anonymous, against: Self.referral(name: nil, birth: nil), on: day)
        #expect(warnings.map(\.severity) == [.warning])
        #expect(throws: LiaisonError.self) {
            try RecordMatch.check(anonymous, against: Self.referral(birth: nil), on: day)
        }
    }
}
