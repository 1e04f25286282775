import ArgumentParser
import Foundation
import LiaisonEngine
import LiaisonModel

/// `liaison exercises`: lists the exercise library.
struct ExercisesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises", abstract: "List the exercise library of the knowledge base.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.") var format: Format = .text
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    func run() async throws {
        let base = try knowledgeBase.load()
        let entries = base.exercises.sorted { $0.id < $1.id }.map(ExerciseEntry.init)
        switch format {
        case .json:
            FileHandle.standardOutput.write(try LiaisonJSON.encode(entries))
        case .text:
            for entry in entries {
                let tags = ([entry.position] + entry.patterns + (entry.impact ? ["impact"] : [])).joined(
                    separator: ", ")
                let load = entry.load.map { "; load \($0)" } ?? ""
                print("\(entry.id)  \(entry.name)  [\(entry.category)]  (\(tags)\(load))  \(entry.dose)")
            }
        }
    }
}

/// One exercise as `liaison exercises --format json` prints it.
struct ExerciseEntry: Encodable {
    var id, name, category, position, dose: String
    var patterns: [String]
    var impact: Bool
    var load: String?
    var minimumLoadLb: Double?
    var equipment, cues, regressions, progressions: [String]

    init(_ exercise: Exercise) {
        id = exercise.id
        name = exercise.name
        category = exercise.category.rawValue
        position = exercise.position.rawValue
        dose = exercise.dose
        patterns = exercise.patterns
        impact = exercise.impact
        load = exercise.load?.typical
        minimumLoadLb = exercise.load?.minimumPounds
        equipment = exercise.equipment
        cues = exercise.cues
        regressions = exercise.regressions
        progressions = exercise.progressions
    }
}
