import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `--protocols DIR`, declared once for every command that uses the knowledge base.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(
        name: .customLong("protocols"),
        help: ArgumentHelp("A knowledge-base folder to use instead of the built-in one.", valueName: "dir"))
    var folder: String?

    var url: URL? { folder.map { URL(fileURLWithPath: $0) } }
}

/// `--templates DIR` and `--practice FILE`, for every command that writes letters.
struct LetterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A folder of templates that replace the built-in ones file by file.", valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("The practice profile (YAML) that signs the letters.", valueName: "file"))
    var practice: String?
}

/// `--date YYYY-MM-DD`, for every command that plans.
struct DateOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The plan (and letter) date, YYYY-MM-DD (default: the day of conversion, UTC).", valueName: "date"))
    var date: String?

    func validate() throws {
        if let date, CalendarDate(date) == nil {
            throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD")
        }
    }

    var day: CalendarDate? { date.flatMap(CalendarDate.init) }
}

/// `--allow-date`, for every command that writes letters: without it a letter dated before its
/// referral or after today is refused.
struct AllowDateFlag: ParsableArguments {
    @Flag(
        name: .customLong("allow-date"),
        help: "Accept a --date before the referral's date or after today (back-dating a letter on purpose).")
    var allowed = false
}

extension Workspace {
    /// The workspace the options describe.
    init(
        _ base: KnowledgeBaseOptions, letters: LetterOptions? = nil, date: DateOption? = nil,
        allowDate: AllowDateFlag? = nil
    ) throws {
        try self.init(
            Options(
                protocols: base.url, templates: letters?.templates.map { URL(fileURLWithPath: $0) },
                practice: letters?.practice.map { URL(fileURLWithPath: $0) }, letters: letters != nil,
                date: date?.day, allowsAnyLetterDate: allowDate?.allowed ?? false))
    }
}
