import Foundation
import LiaisonModel

/// Limits and context for reading one referral document.
public struct ImportOptions: Sendable {
    /// Files larger than this are refused before parsing (default 20 MB).
    public var maxBytes: Int
    /// Element nesting deeper than this is refused (default 256).
    public var maxDepth: Int
    /// The date relative durations ("for 6 weeks") count from when the document has no date.
    public var referenceDate: CalendarDate?

    public init(maxBytes: Int = 20 * 1024 * 1024, maxDepth: Int = 256, referenceDate: CalendarDate? = nil) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.referenceDate = referenceDate
    }
}

/// Reads a referral document of any supported format into a ``Referral``.
///
/// The entry point for every command and the pipeline. Errors are ``LiaisonError``s that name
/// the file, line and column.
public enum ReferralImporter {
    /// Reads the file at `url`.
    public static func read(contentsOf url: URL, options: ImportOptions = .init()) throws -> Referral {
        throw LiaisonError(.unsupportedInput, "the importer is not built yet", at: SourceLocation(file: url.path))
    }

    /// Reads a document already in memory; `path` names it in errors and in `source.path`.
    public static func read(data: Data, path: String, options: ImportOptions = .init()) throws -> Referral {
        throw LiaisonError(.unsupportedInput, "the importer is not built yet", at: SourceLocation(file: path))
    }
}
