import Foundation
import LiaisonModel
import Mustache

/// The letter templates: the built-in `Templates/` folder, overridden file by file by a user
/// folder (`--templates DIR`). Load once and render many letters with it.
///
/// A template is named after its file without `.mustache`: `initial.html.mustache` is
/// `initial.html`, and a partial is used as `{{> letterhead.html}}`.
public struct LetterTemplates: Sendable {
    let library: MustacheLibrary
    /// Every template compiled to a render plan; nil when one could not be (then swift-mustache
    /// renders them all).
    let plan: TemplateRenderer?
    /// Each template name and the file it was read from, for error messages.
    public let files: [String: URL]

    /// Loads the templates of `builtIn` (the `Templates/` folder), then every `*.mustache` file
    /// of `overrides` in their place.
    public static func load(from builtIn: URL, overrides: URL? = nil) throws -> LetterTemplates {
        MarkdownContentType.register()
        HTMLContentType.register()
        var files = try templateFiles(in: builtIn)
        if let overrides {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isFolder), isFolder.boolValue
            else {
                throw LiaisonError(
                    .io, "templates folder not found", at: SourceLocation(file: overrides.path),
                    hint: "--templates takes a folder of *.mustache files named like those in Templates/")
            }
            files.merge(try templateFiles(in: overrides)) { _, user in user }
        }
        var library = MustacheLibrary()
        var plans: [String: [RenderStep]]? = [:]
        for (name, url) in files.sorted(by: { $0.key < $1.key }) {
            let template = try parse(url)
            library.register(template, named: name)
            if let compiled = TemplateCompiler.compile(template) { plans?[name] = compiled } else { plans = nil }
        }
        return LetterTemplates(library: library, plan: plans.map(TemplateRenderer.init), files: files)
    }

    /// Renders the template `name` with `values`: by the compiled plan, else by swift-mustache.
    func render(_ values: TemplateValue, template name: String) throws -> String {
        if let plan {
            if let bytes = plan.render(name, values) { return String(decoding: bytes, as: UTF8.self) }
        } else if let text = library.render(values.any, withTemplate: name) {
            return text
        }
        throw LiaisonError(
            .configuration, "no template named \(name).mustache",
            hint: "the built-in Templates folder or --templates DIR must hold it")
    }

    /// The same templates rendered by swift-mustache alone, without the compiled plan (for the
    /// tests that compare the two).
    public var interpreted: LetterTemplates { LetterTemplates(library: library, plan: nil, files: files) }

    static func templateFiles(in folder: URL) throws -> [String: URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw LiaisonError(.io, "cannot list the templates folder", at: SourceLocation(file: folder.path))
        }
        var files: [String: URL] = [:]
        for name in names where name.hasSuffix(".mustache") && !name.hasPrefix(".") {
            files[String(name.dropLast(".mustache".count))] = folder.appendingPathComponent(name)
        }
        return files
    }

    static func parse(_ url: URL) throws -> MustacheTemplate {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LiaisonError(.io, "cannot read the template", at: SourceLocation(file: url.path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LiaisonError(
                .configuration, "the template is not UTF-8 text", at: SourceLocation(file: url.path),
                hint: "save it as UTF-8")
        }
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw LiaisonError(
                .configuration, "template syntax error: \(error.error)",
                at: SourceLocation(file: url.path, line: error.context.lineNumber, column: error.context.columnNumber),
                hint: "check that every {{#section}} is closed by a matching {{/section}}")
        }
    }
}
