import Foundation
import LiaisonModel

/// One line of `liaison clients`: a client folder, its plan and what is due. A folder that
/// cannot be read (no referral, a record that does not match) is listed with the problem.
public struct ClientSummary: Sendable, Encodable {
    /// The folder's name.
    public var id: String
    /// The client's name, from `client.yaml` or the referral.
    public var name: String?
    /// The latest referral, as a path.
    public var referral: String?
    public var referralDate: CalendarDate?
    /// The plan's status for the latest referral (`ready`, `needs-review`, `refer-back`).
    public var plan: Plan.Status?
    /// The last letter sent.
    public var lastLetter: String?
    public var due: LetterDue?
    /// Why the folder could not be read, as one line.
    public var problem: String?
}

extension Workspace {
    /// Every client folder in `folder` (its sub-folders, by name), on `today`.
    public func clients(in folder: URL, today: CalendarDate) throws -> [ClientSummary] {
        guard ClientFolder.isFolder(folder.path) else {
            throw LiaisonError(
                .io, "no such folder of client folders", at: SourceLocation(file: folder.relativePath),
                hint: "give the folder that holds one folder per client (default: clients)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { ClientFolder.isFolder($0.path) }.map {
            summary(of: $0, today: today)
        }
    }

    /// The line for one client folder.
    func summary(of url: URL, today: CalendarDate) -> ClientSummary {
        var summary = ClientSummary(id: url.lastPathComponent)
        do {
            let folder = try ClientFolder(url)
            let (file, _) = try latestReferral(in: folder)
            let client = try folder.profile.map(Self.client)
            let (referral, plan, _) = try self.plan(contentsOf: file, client: client, on: today)
            if let progress = try latestProgress(in: folder, for: referral) {
                _ = try checkRecords(nil, progress.1, against: referral, on: today)
            }
            summary.name = client?.identity.name?.value ?? referral.patient.name
            summary.referral = file.relativePath
            summary.referralDate = referral.document.date.flatMap(CalendarDate.init)
            summary.plan = plan.status
            summary.lastLetter = folder.letters.last?.file.lastPathComponent
            summary.due = LetterDue.next(
                referralDate: summary.referralDate ?? today, followUp: referral.followUp, status: plan.status,
                sent: folder.letters.map(\.name), today: today)
        } catch let error as LiaisonError {
            summary.problem = error.description
        } catch {
            summary.problem = "\(error)"
        }
        return summary
    }
}

extension ClientSummary {
    init(id: String) { self.id = id }

    /// The summary as one line of text for the terminal.
    public var text: String {
        if let problem { return "\(id): cannot be listed: \(problem)" }
        var parts = [id, name ?? "(no name)", plan?.rawValue ?? "?"]
        parts.append("last letter: \(lastLetter ?? "none")")
        if let due, let letter = due.letter, let by = due.by {
            parts.append("\(due.overdue ? "OVERDUE" : "due"): \(letter.rawValue) letter by \(by) (\(due.reason))")
        } else if let due {
            parts.append("nothing due (\(due.reason))")
        }
        return parts.joined(separator: "  ")
    }
}
