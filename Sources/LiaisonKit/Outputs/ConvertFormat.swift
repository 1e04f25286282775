import Foundation
import LiaisonModel

/// What `liaison convert` writes: a letter (HTML, Markdown or PDF) or the referral and plan as
/// JSON. As in pandoc, `--format` wins, else `-o`'s extension decides, else HTML; `--format`
/// and an `-o` extension that name different formats are refused, never silently mixed (a
/// `letter.pdf` holding HTML).
public enum ConvertFormat: String, Sendable, CaseIterable {
    case html, markdown, pdf, json

    /// `--format` names, `md` for Markdown as well.
    public init?(name: String) {
        if name.lowercased() == "md" {
            self = .markdown
        } else if let format = ConvertFormat(rawValue: name.lowercased()) {
            self = format
        } else {
            return nil
        }
    }

    /// The format a file extension names: `.md`/`.markdown`, `.html`/`.htm`, `.pdf`, `.json`.
    public init?(extension ext: String) {
        switch ext.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        case "json": self = .json
        default: return nil
        }
    }

    /// The format of `--format` (nil when not given) and `-o` (nil or `-` for standard output).
    public static func resolve(format: String?, output: String?) throws -> ConvertFormat {
        let path = output == "-" ? nil : output
        let byExtension = path.flatMap { ConvertFormat(extension: URL(fileURLWithPath: $0).pathExtension) }
        guard let format else { return byExtension ?? .html }
        guard let chosen = ConvertFormat(name: format) else {
            throw LiaisonError(.usage, "unknown --format '\(format)'", hint: "use html, markdown (or md), pdf or json")
        }
        if let byExtension, let path, byExtension != chosen {
            throw LiaisonError(
                .usage,
                "-o \(path) names a .\(URL(fileURLWithPath: path).pathExtension) file but --format is \(format)",
                hint: "change the extension or leave out --format")
        }
        return chosen
    }

    /// The conversion output that makes it; a PDF is made from the HTML letter.
    public var artifact: Artifact {
        switch self {
        case .html, .pdf: .letterHTML
        case .markdown: .letterMarkdown
        case .json: .referralAndPlanJSON
        }
    }
}
