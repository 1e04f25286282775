import ArgumentParser
import Foundation

/// Usage errors as Liaison prints them: one line, `liaison: error: MESSAGE (hint)`, exit 2,
/// instead of argument-parser's several `Error:`/`Usage:` lines; and typo suggestions that
/// prefer an option the typed word begins (`--out` is `--output`, not `--date`).
enum Usage {
    /// The one line for a usage error raised while parsing `arguments`.
    static func line(for error: Error, arguments: [String]) -> String {
        let command = subcommand(in: arguments)
        let lines = Liaison.message(for: error).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var message = lines.first { !$0.isEmpty } ?? "the command line is not understood"
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        if let range = message.range(of: ". Did you mean") { message = String(message[..<range.lowerBound]) }
        if let typed = unknownOption(in: message), let suggestion = suggest(for: typed, among: options(of: command)) {
            message += "; did you mean '\(suggestion)'?"
        }
        let name = command.map { "liaison \($0.configuration.commandName ?? "")" } ?? "liaison"
        return "\(message) (see '\(name) --help')"
    }

    /// `liaison help TOPIC` for a TOPIC that is no command: refused, not answered with the
    /// general help and exit 0.
    static func checkHelpTopic(_ arguments: [String]) throws {
        guard arguments.first == "help", arguments.count > 1 else { return }
        let topic = arguments[1]
        let names = Liaison.configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !names.contains(topic) else { return }
        throw ValidationError("there is no command '\(topic)'; the commands are \(names.joined(separator: ", "))")
    }

    /// The subcommand `arguments` name, if any.
    static func subcommand(in arguments: [String]) -> ParsableCommand.Type? {
        guard let first = arguments.first else { return nil }
        return Liaison.configuration.subcommands.first { $0.configuration.commandName == first }
    }

    /// The long options `command` (or the root command) takes, read from its help.
    static func options(of command: ParsableCommand.Type?) -> [String] {
        let help = Liaison.helpMessage(for: command ?? Liaison.self)
        var found: [String] = []
        var word = ""
        for character in help + " " {
            if character.isLetter || character.isNumber || character == "-" {
                word.append(character)
                continue
            }
            if word.hasPrefix("--"), word.count > 2, !found.contains(word) { found.append(word) }
            word = ""
        }
        return found
    }

    /// The option named in argument-parser's "Unknown option '--out'".
    static func unknownOption(in message: String) -> String? {
        guard message.hasPrefix("Unknown option '"), let end = message.dropFirst(16).firstIndex(of: "'") else {
            return nil
        }
        return String(message[message.index(message.startIndex, offsetBy: 16)..<end])
    }

    /// The one option `typed` begins, else the closest within two edits.
    static func suggest(for typed: String, among options: [String]) -> String? {
        let extended = options.filter { $0.hasPrefix(typed) }
        if extended.count == 1 { return extended[0] }
        if !extended.isEmpty { return nil }
        let scored = options.map { ($0, distance(typed, $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
