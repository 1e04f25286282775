import Foundation
import LiaisonExport
import LiaisonModel

/// A file a conversion makes: batch and watch write the first four for every referral,
/// `liaison convert` one of them.
public enum Artifact: String, Sendable, CaseIterable, Codable {
    case letterHTML = "letter.html"
    case letterMarkdown = "letter.md"
    case planJSON = "plan.json"
    case referralJSON = "referral.json"
    /// The referral and its plan in one JSON object (`liaison convert --format json`).
    case referralAndPlanJSON = "referral-and-plan.json"

    /// What batch and watch write for every document, in the order outputs are listed.
    public static let perDocument: [Artifact] = [.letterHTML, .letterMarkdown, .planJSON, .referralJSON]

    /// The file name inside the document's output folder.
    public var fileName: String { rawValue }

    /// The letter format, for a letter.
    public var letterFormat: OutputFormat? {
        switch self {
        case .letterHTML: .html
        case .letterMarkdown: .markdown
        case .planJSON, .referralJSON, .referralAndPlanJSON: nil
        }
    }

    /// What `liaison convert --format` writes.
    public static func converting(to format: OutputFormat) -> Artifact {
        switch format {
        case .html: .letterHTML
        case .markdown: .letterMarkdown
        case .json: .referralAndPlanJSON
        }
    }

    /// The artifacts `--format` asks for: `html` the HTML letter, `markdown` the Markdown letter,
    /// `json` both the plan and the referral as JSON. Order is fixed so outputs list the same way.
    public static func selected(by formats: Set<OutputFormat>) -> [Artifact] {
        perDocument.filter { artifact in
            switch artifact {
            case .letterHTML: formats.contains(.html)
            case .letterMarkdown: formats.contains(.markdown)
            case .planJSON, .referralJSON, .referralAndPlanJSON: formats.contains(.json)
            }
        }
    }
}

/// A rendered output: its file name and bytes.
public struct RenderedFile: Sendable, Equatable {
    /// Which file it is.
    public var artifact: Artifact
    /// Its bytes.
    public var data: [UInt8]

    public init(artifact: Artifact, data: [UInt8]) {
        self.artifact = artifact
        self.data = data
    }
}

extension Artifact {
    /// Parses `--format html,markdown,json` into the artifacts it selects.
    public static func parse(_ list: String) throws -> [Artifact] {
        var formats = Set<OutputFormat>()
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let format = name == "md" ? .markdown : OutputFormat(rawValue: name) else {
                throw LiaisonError(
                    .usage, "unknown format '\(name)'", hint: "use html, markdown or json, comma-separated")
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else {
            throw LiaisonError(.usage, "no output format given", hint: "use html, markdown or json, comma-separated")
        }
        return selected(by: formats)
    }
}
