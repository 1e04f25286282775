import Foundation
import LiaisonModel
import LiaisonRecords
import LiaisonTestSupport
import Testing

struct ClientProfileTests {
    @Test func samplesRead() throws {
        let record = try ClientProfileReader.read(
            contentsOf: TestPaths.samples.appendingPathComponent("client-post-fusion.yaml"))
        let profile = record.profile
        #expect(record.identity.name?.value == "Gloria Hensley")
        #expect(record.identity.birthDate?.value == CalendarDate(year: 1967, month: 12, day: 3))
        #expect(record.identity.referral?.value == "LIA-REF-2026-0104")
        #expect(profile.surgeryDate == CalendarDate(year: 2026, month: 9, day: 28))
        #expect(profile.equipment.contains("dowel"))
        let pregnancy = try ClientProfileReader.read(
            contentsOf: TestPaths.samples.appendingPathComponent("client-pregnancy.yaml"))
        #expect(pregnancy.profile.pregnancyWeeks == 22)
    }

    @Test(arguments: [
        (
            "age: 58\nweight: 80\n",
            "client.yaml:2:1: invalid client profile: unknown key 'weight' in the client profile"
        ),
        (
            "surgeryDate: 2026-13-01\n",
            "client.yaml:1:14: invalid client profile: surgeryDate '2026-13-01' is not a date"
        ),
        ("age: old\n", "client.yaml:1:6: invalid client profile: age must be a whole number from 0 to 120"),
        ("age: [1\n", "client.yaml:2:1: invalid client profile: YAML syntax"),
    ])
    func badProfilesNameTheLine(yaml: String, expected: String) {
        #expect {
            _ = try ClientProfileReader.read(yaml: yaml, path: "client.yaml")
        } throws: { error in
            guard let error = error as? LiaisonError else { return false }
            return error.code == .configuration && error.description.hasPrefix(expected)
        }
    }
}
