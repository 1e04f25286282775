import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonImport
import LiaisonModel

/// Turns the bytes of one referral document into its output files.
///
/// The pipeline (claiming, ledger, archiving, recovery) only sees this protocol, so its logic is
/// tested with a fake; `liaison batch` and `liaison watch` use ``ReferralConverter``.
public protocol DocumentConverter: Sendable {
    /// Converts `data`, read from the file named `path` (used in errors only), into `artifacts`.
    /// Throws a ``LiaisonError`` that says what is wrong with the document.
    func convert(_ data: Data, path: String, artifacts: [Artifact]) throws -> [RenderedFile]
}

/// The real conversion: import, plan against the built-in knowledge base, render.
public struct ReferralConverter: DocumentConverter {
    let planner: Planner
    let date: CalendarDate

    /// Loads the knowledge base once; plans are made for `date` (today when nil).
    public init(knowledgeBase: KnowledgeBase, date: CalendarDate? = nil) {
        self.planner = Planner(knowledgeBase: knowledgeBase)
        self.date = date ?? ReferralConverter.today()
    }

    public func convert(_ data: Data, path: String, artifacts: [Artifact]) throws -> [RenderedFile] {
        let referral = try ReferralImporter.read(data: data, path: path)
        let plan = planner.plan(for: referral, on: date)
        let input = LetterInput(referral: referral, plan: plan)
        return try artifacts.map { artifact in
            let bytes: Data
            switch artifact {
            case .letterHTML: bytes = try Exporter.render(input, as: .html)
            case .letterMarkdown: bytes = try Exporter.render(input, as: .markdown)
            case .planJSON: bytes = try LiaisonJSON.encode(plan)
            case .referralJSON: bytes = try LiaisonJSON.encode(referral)
            }
            return RenderedFile(artifact: artifact, data: [UInt8](bytes))
        }
    }

    /// Today's date in UTC.
    public static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
