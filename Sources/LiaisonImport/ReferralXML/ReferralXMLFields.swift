import Foundation
import LiaisonModel
import LiaisonXML

/// Reads required and optional fields of a plain referral and turns a missing or bad one into
/// a ``LiaisonError`` that names the file, line and column and says how to fix it.
struct ReferralXMLFields {
    let path: String
    /// The document's bytes, split into lines only when an error needs a column.
    let data: Data
    private var sourceLines: [Substring]? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// Where `element`'s start tag is: its line and, for a UTF-8 document, the column of its `<`.
    func location(of element: XMLElement) -> SourceLocation {
        let line = element.line
        var column: Int?
        if line > 0, let lines = sourceLines, line <= lines.count,
            let range = lines[line - 1].range(of: "<" + element.name)
                ?? lines[line - 1].range(of: ":" + element.name)
        {
            column = lines[line - 1].distance(from: lines[line - 1].startIndex, to: range.lowerBound) + 1
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    func error(_ message: String, at element: XMLElement, hint: String) -> LiaisonError {
        LiaisonError(.unsupportedInput, message, at: location(of: element), hint: hint)
    }

    /// The child `name` of `parent`, or an error saying it is missing.
    func required(_ parent: XMLElement, _ name: String, what: String) throws -> XMLElement {
        guard let child = parent.child(name) else {
            throw error(
                "\(what) is missing: <\(parent.name)> has no <\(name)>", at: parent,
                hint: "add <\(name)> to <\(parent.name)>; see Samples/referral.xsd")
        }
        return child
    }

    /// The non-blank text of child `name`, or an error.
    func requiredText(_ parent: XMLElement, _ name: String, what: String) throws -> String {
        let child = try required(parent, name, what: what)
        guard let text = child.normalizedText else {
            throw error("\(what) is missing: <\(name)> is empty", at: child, hint: "write \(what) in <\(name)>")
        }
        return text
    }

    /// The non-blank attribute `name` of `element`, or an error.
    func requiredAttribute(_ element: XMLElement, _ name: String, what: String) throws -> String {
        guard let value = element.attribute(name).map(XMLText.normalize), !value.isEmpty else {
            throw error(
                "\(what) is missing: <\(element.name)> has no \(name) attribute", at: element,
                hint: "add \(name)=\"…\" to <\(element.name)>")
        }
        return value
    }

    /// A `YYYY-MM-DD` attribute, or an error that quotes the bad value.
    func date(_ element: XMLElement, _ name: String, required: Bool) throws -> CalendarDate? {
        guard let text = element.attribute(name).map(XMLText.normalize), !text.isEmpty else {
            if required { _ = try requiredAttribute(element, name, what: "the date") }
            return nil
        }
        guard text.count == 10, let date = CalendarDate(text) else {
            throw error(
                "<\(element.name)> \(name)=\"\(text)\" is not a date", at: element,
                hint: "write dates as YYYY-MM-DD, for example 2026-11-02")
        }
        return date
    }

    /// The trimmed text of child `name`, nil when absent or blank.
    func text(_ parent: XMLElement, _ name: String) -> String? { parent.child(name)?.normalizedText }
}
