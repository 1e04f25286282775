import Foundation
import LiaisonModel

/// `liaison exercises --format text`: one line per exercise, in id order.
public struct ExerciseListWriter: Writer {
    public var format: String { "text" }

    public func write(_ exercises: [Exercise]) throws -> Data {
        var text = ""
        for entry in exercises.sorted(by: { $0.id < $1.id }).map(ExerciseEntry.init) {
            let tags = ([entry.position] + entry.patterns + (entry.impact ? ["impact"] : [])).joined(separator: ", ")
            let load = entry.load.map { "; load \($0)" } ?? ""
            text += "\(entry.id)  \(entry.name)  [\(entry.category)]  (\(tags)\(load))  \(entry.dose)\n"
        }
        return Data(text.utf8)
    }
}

/// `liaison exercises --format json`: every exercise's fields, in id order.
public struct ExerciseJSONWriter: Writer {
    public var format: String { "json" }

    public func write(_ exercises: [Exercise]) throws -> Data {
        try LiaisonJSON.encode(exercises.sorted { $0.id < $1.id }.map(ExerciseEntry.init))
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
        patterns = exercise.patterns.map(\.name)
        impact = exercise.impact
        load = exercise.load?.typical
        minimumLoadLb = exercise.load?.minimumPounds
        equipment = exercise.equipment
        cues = exercise.cues
        regressions = exercise.regressions
        progressions = exercise.progressions
    }
}
