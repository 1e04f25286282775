import LiaisonModel
import LiaisonXML

/// The Procedures section: the date of the most recent procedure performed, which "weeks
/// post-op" counts from. Read before the other sections.
enum ProceduresSection {
    static let code = CDAVocabulary.Section.procedures

    /// The latest `effectiveTime` (its `low`, or its value) of the section's performed,
    /// non-negated procedures.
    static func latestProcedureDate(in section: CDASection) -> CalendarDate? {
        var latest: CalendarDate?
        for entry in section.entries where entry.is("procedure") {
            if ProblemObservation.isNegated(entry) || (entry.attribute("moodCode") ?? "EVN") != "EVN" { continue }
            let time = entry.child("effectiveTime")
            guard
                let date = (time?.child("low")?.attribute("value") ?? time?.attribute("value")).flatMap(
                    CalendarDate.init)
            else { continue }
            if latest.map({ date > $0 }) ?? true { latest = date }
        }
        return latest
    }
}
