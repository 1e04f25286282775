import Foundation
import LiaisonModel

/// A letter to the provider in one format (HTML or Markdown), rendered from the templates.
public struct LetterWriter: Writer {
    /// The templates, loaded once.
    public let templates: LetterTemplates
    /// HTML or Markdown.
    public let letterFormat: OutputFormat

    public init(templates: LetterTemplates, format: OutputFormat) {
        self.templates = templates
        self.letterFormat = format
    }

    public var format: String { letterFormat.rawValue }

    public func write(_ input: LetterInput) throws -> Data {
        try Exporter.render(input, as: letterFormat, with: templates)
    }
}

extension WriterRegistry {
    /// The letters, with `templates` (loaded once per run).
    public static func letters(_ templates: LetterTemplates) -> [any Writer<LetterInput>] {
        [LetterWriter(templates: templates, format: .html), LetterWriter(templates: templates, format: .markdown)]
    }
}
