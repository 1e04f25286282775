import ArgumentParser
import Foundation
import LiaisonKit
import LiaisonModel

/// `liaison clients [FOLDER]`: every client folder, its plan and the letter due next.
struct ClientsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clients",
        abstract: "List the client folders with their plan status and the letter due next.",
        discussion: """
            FOLDER holds one folder per client (clients/<id>/ with the referrals, client.yaml, \
            progress records and the letters sent; docs/records.md). An initial letter is due a \
            week after the referral, a progress letter 30 days after the last letter or a week \
            before the provider's follow-up, whichever comes first. A folder that cannot be read \
            is listed with its problem, and the exit status is then 1.
            """)

    @Argument(help: ArgumentHelp("The folder of client folders.", valueName: "folder"))
    var folder: String = "clients"

    @Flag(help: "Print JSON (an array, one object per client) instead of text.")
    var json = false

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: ArgumentHelp("The day to count from, YYYY-MM-DD (default: today, UTC).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today '\(today)' is not a date; write YYYY-MM-DD")
        }
    }

    func run() async throws {
        let workspace = try Workspace(knowledgeBase)
        let day = today.flatMap(CalendarDate.init) ?? workspace.day()
        let clients = try workspace.clients(in: URL(fileURLWithPath: folder), today: day)
        if json {
            FileHandle.standardOutput.write(try LiaisonJSON.encode(clients))
        } else {
            let lines = clients.map(\.text) + (clients.isEmpty ? ["\(folder): no client folders"] : [])
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        if clients.contains(where: { $0.problem != nil }) { throw ExitCode(1) }
    }
}
