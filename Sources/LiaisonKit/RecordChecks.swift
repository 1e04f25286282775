import Foundation
import LiaisonModel
import LiaisonRecords

/// A client profile as read, with whom it is for (the records room defines it).
public typealias ClientRecord = LiaisonRecords.ClientRecord

extension Workspace {
    /// Refuses a client profile or progress record that is not for `referral`'s patient, or that
    /// contradicts it (``RecordMatch``); returns the checks' warnings.
    func checkRecords(
        _ client: ClientRecord?, _ progress: Progress?, against referral: Referral, on day: CalendarDate
    ) throws -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        if let client { warnings += try RecordMatch.check(client, against: referral, on: day) }
        if let progress { warnings += try RecordMatch.check(progress.record, file: progress.file, against: referral) }
        return warnings
    }

    /// Refuses a letter dated before the referral it answers or after today, unless the
    /// workspace was opened to allow any date (`--allow-date`). `day` nil is today: no check.
    func checkLetterDate(_ day: CalendarDate?, for referral: Referral) throws {
        guard let day, !allowsAnyLetterDate else { return }
        if let written = referral.document.date.flatMap(CalendarDate.init), day < written {
            throw LiaisonError(
                .usage, "the letter date \(day) is before the referral's date (\(written))",
                at: SourceLocation(file: referral.source.path),
                hint: "check --date; pass --allow-date to date the letter so anyway")
        }
        let today = Self.today()
        if day > today {
            throw LiaisonError(
                .usage, "the letter date \(day) is after today (\(today))",
                at: SourceLocation(file: referral.source.path),
                hint: "check --date; pass --allow-date to date the letter so anyway")
        }
    }

    /// Today where the trainer is or in UTC, whichever is later: a date typed from the local
    /// calendar is never "in the future" because UTC is behind, nor the default date because
    /// the local clock is.
    static func today() -> CalendarDate {
        let local = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = local.year, let month = local.month, let day = local.day else { return .today() }
        return max(CalendarDate(year: year, month: month, day: day), .today())
    }
}
