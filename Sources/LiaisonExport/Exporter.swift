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

/// Everything a letter is rendered from.
public struct LetterInput: Sendable {
    public var referral: Referral
    public var plan: Plan
    public var kind: LetterKind
    /// A practice profile (`--practice FILE`), as YAML text already read, or nil for defaults.
    public var practiceYAML: String?
    /// A progress record (`--progress FILE`), as YAML text already read.
    public var progressYAML: String?
    /// A folder whose files override the built-in templates one by one.
    public var templateOverrides: URL?
    /// The paths the YAML texts were read from, named in error messages.
    public var practiceFile: String?
    public var progressFile: String?
    /// The practice profile already read and checked; when set, `practiceYAML` is not parsed
    /// again (a batch reads the profile once, not once per letter).
    public var practice: PracticeProfile?

    public init(
        referral: Referral, plan: Plan, kind: LetterKind = .initial, practiceYAML: String? = nil,
        progressYAML: String? = nil, templateOverrides: URL? = nil, practiceFile: String? = nil,
        progressFile: String? = nil
    ) {
        self.referral = referral
        self.plan = plan
        self.kind = kind
        self.practiceYAML = practiceYAML
        self.progressYAML = progressYAML
        self.templateOverrides = templateOverrides
        self.practiceFile = practiceFile
        self.progressFile = progressFile
    }

    /// The letter actually written: `alert` whenever the plan refers the client back.
    public var effectiveKind: LetterKind { plan.status == .referBack ? .alert : kind }
}

/// The JSON output: the referral and its plan together, for other systems.
public struct ReferralAndPlan: Hashable, Sendable, Codable {
    public var referral: Referral
    public var plan: Plan
}

/// Renders letters and JSON from a referral and its plan.
public enum Exporter {
    /// Renders `input` in `format`. For `.json`, the referral and plan together.
    public static func render(_ input: LetterInput, as format: OutputFormat) throws -> Data {
        if format == .json {
            return try LiaisonJSON.encode(ReferralAndPlan(referral: input.referral, plan: input.plan))
        }
        return try render(input, as: format, with: LetterTemplates.load(overrides: input.templateOverrides))
    }

    /// Renders with templates already loaded (batch runs load them once).
    public static func render(_ input: LetterInput, as format: OutputFormat, with templates: LetterTemplates) throws
        -> Data
    {
        if format == .json {
            return try LiaisonJSON.encode(ReferralAndPlan(referral: input.referral, plan: input.plan))
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

    /// Reads the practice profile and progress record and gathers what the letter needs.
    public static func context(for input: LetterInput) throws -> LetterContext {
        let kind = input.effectiveKind
        let practice =
            try input.practice
            ?? input.practiceYAML.map {
                try LetterInputs.practice(yaml: $0, file: input.practiceFile ?? "practice profile")
            }
        var progress: (ProgressRecord, [MeasureChange])?
        if let yaml = input.progressYAML {
            progress = try LetterInputs.progress(yaml: yaml, file: input.progressFile ?? "progress record")
        } else if kind.needsProgress {
            throw LiaisonError(
                .usage, "a \(kind.rawValue) letter needs the client's progress record",
                hint: "pass --progress FILE; Samples/progress-*.yaml show the format")
        }
        return LetterContext(
            kind: kind, referral: input.referral, plan: input.plan, practice: practice, progress: progress?.0,
            changes: progress?.1 ?? [])
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
