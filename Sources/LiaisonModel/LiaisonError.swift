/// Every fatal error Liaison reports, with a message written for the user, a hint where one
/// helps, and a fixed exit code per case.
///
/// The command line prints it as one line: `liaison: error: FILE:LINE:COL: message (hint)`.
public struct LiaisonError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The closed set of failure kinds; each has one exit code.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// The input is not well-formed XML, or has invalid bytes for its encoding.
        case malformedInput = "malformed-input"
        /// The input uses a construct Liaison refuses for safety (a DOCTYPE, too deep a tree).
        case forbiddenInput = "forbidden-input"
        /// The input is larger than the configured cap.
        case inputTooLarge = "input-too-large"
        /// Well-formed, but neither CDA nor the plain referral format (or empty, or not XML).
        case unsupportedInput = "unsupported-input"
        /// A file could not be read or written.
        case io = "io"
        /// A knowledge base, template, practice profile or progress record is invalid.
        case configuration = "configuration"
        /// The command line was used wrongly.
        case usage = "usage"

        /// Documented in README.md ("Exit codes").
        public var exitCode: Int32 {
            switch self {
            case .malformedInput, .forbiddenInput, .inputTooLarge, .unsupportedInput: 1
            case .usage: 2
            case .configuration: 3
            case .io: 4
            }
        }
    }

    public var code: Code
    public var message: String
    public var location: SourceLocation?
    public var hint: String?

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// The same error, located in `file` where it had no file yet (a pipeline step attaching the
    /// path as the error passes up).
    public func inFile(_ file: String) -> LiaisonError {
        var copy = self
        if copy.location == nil {
            copy.location = SourceLocation(file: file)
        } else if copy.location?.file.isEmpty == true {
            copy.location?.file = file
        }
        return copy
    }

    /// One line, no trailing newline: `FILE:LINE:COL: message (hint)`.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += message
        if let hint { text += " (\(hint))" }
        return text.replacingNewlines()
    }
}

extension String {
    /// Folds line breaks so a message stays on one line.
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
