import Foundation
import LiaisonModel

/// Output formats of `liaison convert`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case html, markdown, json

    /// The template name suffix: `initial.html`, `initial.md`.
    var templateSuffix: String { self == .html ? "html" : "md" }
}

/// Letter kinds; `alert` is chosen automatically when the plan says `refer-back`.
public enum LetterKind: String, Sendable, CaseIterable {
    case initial, progress, discharge, alert

    /// Whether the letter reports on a course of training and so needs a progress record.
    public var needsProgress: Bool { self == .progress || self == .discharge }
}

/// Everything a letter is rendered from, already read and checked: the writer parses nothing.
public struct LetterInput: Sendable {
    public var referral: Referral
    public var plan: Plan
    public var kind: LetterKind
    /// The practice profile that signs the letter; nil for placeholders.
    public var practice: PracticeProfile?
    /// The progress record, for progress and discharge letters.
    public var progress: ProgressRecord?
    /// Its outcome measures scored, baseline to current.
    public var changes: [MeasureChange]
    /// The knowledge base's sources (key to citation), for the letter's numbered reference list.
    public var sources: [String: String]

    public init(
        referral: Referral, plan: Plan, kind: LetterKind = .initial, practice: PracticeProfile? = nil,
        progress: ProgressRecord? = nil, changes: [MeasureChange] = [], sources: [String: String] = [:]
    ) {
        self.referral = referral
        self.plan = plan
        self.kind = kind
        self.practice = practice
        self.progress = progress
        self.changes = changes
        self.sources = sources
    }

    /// The letter actually written: `alert` whenever the plan refers the client back.
    public var effectiveKind: LetterKind { plan.status == .referBack ? .alert : kind }
}

/// Renders letters and JSON from a referral and its plan.
public enum Exporter {
    /// Renders `input` in `format` with `templates`. For `.json`, the referral and plan together.
    public static func render(_ input: LetterInput, as format: OutputFormat, with templates: LetterTemplates) throws
        -> Data
    {
        if format == .json {
            return Data(ContractJSON.referralAndPlan(input.referral, input.plan))
        }
        return try renderLetters(input, as: [format], with: templates)[format]!
    }

    /// Renders one letter in several formats, gathering its context once (a batch writes the
    /// HTML and the Markdown letter of every document). `.json` is not a letter format here.
    public static func renderLetters(
        _ input: LetterInput, as formats: [OutputFormat], with templates: LetterTemplates
    ) throws -> [OutputFormat: Data] {
        let context = try context(for: input)
        let values = context.values()
        var letters: [OutputFormat: Data] = [:]
        for format in formats where format != .json {
            var text = try templates.render(values, template: "\(context.kind.rawValue).\(format.templateSuffix)")
            if format == .markdown { text = tidyMarkdown(text) }
            letters[format] = Data(text.utf8)
        }
        return letters
    }

    /// Gathers what the letter needs; a progress or discharge letter without a progress record
    /// is a usage error.
    public static func context(for input: LetterInput) throws -> LetterContext {
        let kind = input.effectiveKind
        if kind.needsProgress, input.progress == nil {
            throw LiaisonError(
                .usage, "a \(kind.rawValue) letter needs the client's progress record",
                hint: "pass --progress FILE; Samples/progress-*.yaml show the format")
        }
        return LetterContext(
            kind: kind, referral: input.referral, plan: input.plan, practice: input.practice,
            progress: input.progress, changes: input.changes, sources: input.sources)
    }

    /// Collapses the blank lines that empty template sections leave, and ends with one newline;
    /// lines end with LF, also from a template saved with CRLF. Works on the UTF-8 bytes: a
    /// letter is thousands of characters, and splitting it into Characters cost more than
    /// rendering a section.
    static func tidyMarkdown(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 1)
        var started = false
        var pendingBlank = false
        var lineStart = text.utf8.startIndex
        let utf8 = text.utf8
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            var line = utf8[lineStart..<lineEnd]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if isBlank(line) {
                pendingBlank = started
                continue
            }
            if started { out.append(UInt8(ascii: "\n")) }
            if pendingBlank { out.append(UInt8(ascii: "\n")) }
            out.append(contentsOf: line)
            started = true
            pendingBlank = false
        }
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// True for a line of spaces and tabs, or of other white space (checked by Character only
    /// when the line has non-ASCII bytes).
    static func isBlank(_ line: Substring.UTF8View) -> Bool {
        var ascii = true
        for byte in line {
            switch byte {
            case 0x20, 0x09...0x0D: continue
            case 0x80...: ascii = false
            default: return false
            }
        }
        return ascii || Substring(line).allSatisfy(\.isWhitespace)
    }

}
