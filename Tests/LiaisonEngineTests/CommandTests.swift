import Foundation
import LiaisonModel
import LiaisonTestSupport
import Testing

/// `liaison protocols check`, `liaison exercises` and `liaison plan` run as a user runs them.
struct CommandTests {
    @Test func protocolsCheckPassesOnTheBuiltInKnowledgeBase() throws {
        let result = try runLiaison(["protocols", "check"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ok (15 conditions, 14 protocols, 48 exercises"))
    }

    @Test func protocolsCheckListsProblemsAndExitsThree() throws {
        let folder = try KnowledgeBaseCheckTests.copy(
            replacing: "extra.yaml", with: KnowledgeBaseCheckTests.exercise + "    regressions: [wall-lean]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runLiaison(["protocols", "check", folder.path])
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("\(folder.path)/extra.yaml:2:5: error: exercise wall-sit names unknown exercise"))
        let plan = try runLiaison(["exercises", "--protocols", folder.path])
        #expect(plan.status == 3)
        #expect(plan.stderr.hasPrefix("liaison: error: \(folder.path)/extra.yaml:2:5: invalid knowledge base"))
    }

    @Test func exercisesListsTheLibraryInTextAndJSON() throws {
        let text = try runLiaison(["exercises"])
        #expect(text.status == 0)
        #expect(text.stdout.split(separator: "\n").count == 48)
        #expect(text.stdout.contains("prone-press-up  Prone press-up  [mobility]  (prone, extension)"))
        let json = try runLiaison(["exercises", "--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(list?.first { $0["id"] as? String == "deadlift" }?["minimumLoadLb"] as? Double == 20)
    }

    @Test func planRefusesBadArgumentsWithOneLine() throws {
        let date = try runLiaison(["plan", "x.xml", "--date", "2026-02-30"])
        #expect(date.status == 2)
        #expect(date.stderr.contains("--date '2026-02-30' is not a date; write YYYY-MM-DD"))
        let missing = try runLiaison(["plan", "x.xml", "--protocols", "/nonexistent/kb"])
        #expect(missing.status == 3)
        #expect(
            missing.stderr
                == "liaison: error: /nonexistent/kb: no knowledge-base folder here (give --protocols a folder holding the YAML files (a copy of Protocols/))\n"
        )
    }

    @Test func planOnTheSamples() throws {
        func plan(_ name: String, _ extra: [String] = []) throws -> [String: Any] {
            let path = TestPaths.samples.appendingPathComponent(name).path
            let result = try runLiaison(["plan", path, "--format", "json", "--date", "2026-11-24"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
        for format in ["cda", "referral"] {
            let redFlag = try plan("cauda-equina-red-flag.\(format).xml")
            #expect(redFlag["status"] as? String == "refer-back")
            #expect((redFlag["phases"] as? [Any])?.isEmpty == true)
            let disc = try plan("disc-herniation.\(format).xml")
            let excluded = (disc["excluded"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(Set(["crunch", "sit-up", "russian-twist"]).isSubset(of: excluded))
            let stenosis = try plan("lumbar-stenosis.\(format).xml")
            let stenosisOut = (stenosis["excluded"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(stenosisOut.contains("prone-press-up") && !stenosisOut.contains("stationary-cycling"))
            let pregnancy = try plan(
                "pregnancy-lbp.\(format).xml",
                ["--client", TestPaths.samples.appendingPathComponent("client-pregnancy.yaml").path])
            #expect(
                (pregnancy["protocols"] as? [[String: Any]])?.contains { $0["id"] as? String == "pregnancy-lbp" }
                    == true)
        }
    }

    @Test func planManyFilesPrintsJSONLines() throws {
        let files = try TestPaths.samples(endingIn: ".cda.xml").map(\.path)
        let result = try runLiaison(["plan", "--format", "json", "--date", "2026-11-24"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == files.count)
        for (line, file) in zip(lines, files) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["file"] as? String == file)
            #expect(object?["status"] != nil)
        }
    }
}
