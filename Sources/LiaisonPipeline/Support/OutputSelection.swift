import Foundation
import LiaisonExport
import LiaisonModel

/// One file written for each converted referral.
public enum Artifact: String, Sendable, CaseIterable, Codable {
    case letterHTML = "letter.html"
    case letterMarkdown = "letter.md"
    case planJSON = "plan.json"
    case referralJSON = "referral.json"

    /// The file name inside the document's output folder.
    public var fileName: String { rawValue }

    /// The artifacts `--format` asks for: `html` the HTML letter, `markdown` the Markdown letter,
    /// `json` both the plan and the referral as JSON. Order is fixed so outputs list the same way.
    public static func selected(by formats: Set<OutputFormat>) -> [Artifact] {
        allCases.filter { artifact in
            switch artifact {
            case .letterHTML: formats.contains(.html)
            case .letterMarkdown: formats.contains(.markdown)
            case .planJSON, .referralJSON: formats.contains(.json)
            }
        }
    }
}

/// A rendered output: its file name and bytes.
public struct RenderedFile: Sendable, Equatable {
    public var artifact: Artifact
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
            guard let format = OutputFormat(rawValue: name) else {
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
