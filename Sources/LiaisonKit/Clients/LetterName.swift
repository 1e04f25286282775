import Foundation
import LiaisonModel

/// How a letter in a client folder is named: `<client>-<YYYY-MM-DD>-<kind>.<ext>`, the client
/// part from the client's name (`delgado-marcus`), so a folder lists its letters by client and
/// date, and `liaison clients` reads when each was sent from the name alone.
public struct LetterName: Hashable, Sendable {
    /// The client part, lower-case ASCII words joined by `-`.
    public var client: String
    public var date: CalendarDate
    public var kind: LetterKind
    /// The extension, without the dot (`html`, `md`).
    public var fileExtension: String

    public init(client: String, date: CalendarDate, kind: LetterKind, fileExtension: String) {
        self.client = client
        self.date = date
        self.kind = kind
        self.fileExtension = fileExtension
    }

    /// The file name.
    public var fileName: String { "\(client)-\(date)-\(kind.rawValue).\(fileExtension)" }

    /// A letter's name parsed back; nil for any other file.
    public static func parse(_ fileName: String) -> LetterName? {
        let parts = fileName.split(separator: ".")
        guard parts.count == 2, letterExtensions.contains(String(parts[1])) else { return nil }
        let words = parts[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let n = words.count
        guard n >= 5, words[n - 4].count == 4, let kind = LetterKind(rawValue: words[n - 1]),
            let date = CalendarDate(words[(n - 4)...(n - 2)].joined(separator: "-"))
        else { return nil }
        return LetterName(
            client: words[..<(n - 4)].joined(separator: "-"), date: date, kind: kind, fileExtension: String(parts[1]))
    }

    /// The extensions letters are written with.
    static let letterExtensions: Set<String> = ["html", "md", "pdf"]

    /// `name` as a file-name part: family name first when written "Given Family", accents
    /// folded, lower case, words joined by `-`; nil when nothing is left.
    public static func clientPart(_ name: String) -> String? {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        if !name.contains(","), words.count > 1 { words.insert(words.removeLast(), at: 0) }
        return words.isEmpty ? nil : words.joined(separator: "-")
    }

    /// The extension a letter of `format` is written with.
    public static func fileExtension(for format: ConvertFormat) -> String {
        format == .markdown ? "md" : format.rawValue
    }
}
