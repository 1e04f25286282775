import CLibXML2
import LiaisonModel

/// Turns what the C parse recorded into the user's one-line error.
enum ParseFailure {
    static func error(from state: liaison_parse_state, path: String) -> LiaisonError {
        switch state.stopReason {
        case 1:
            return LiaisonError(
                .forbiddenInput, "the document has a DOCTYPE, which Liaison refuses for safety",
                at: SourceLocation(file: path, line: Int(state.stopLine), column: Int(state.stopColumn)),
                hint: "CDA documents never need one; remove the <!DOCTYPE ...> declaration")
        case 2:
            return LiaisonError(
                .forbiddenInput, "elements are nested more than \(state.maxDepth) deep",
                at: SourceLocation(file: path, line: Int(state.stopLine), column: Int(state.stopColumn)),
                hint: "this is not a normal referral document; check where it came from")
        default:
            break
        }
        let message = string(from: state.errorMessage)
        let line = Int(state.errorLine)
        let location = SourceLocation(
            file: path, line: line > 0 ? line : nil, column: state.errorColumn > 0 ? Int(state.errorColumn) : nil)
        let lower = message.lowercased()
        if lower.contains("not proper utf-8") || lower.contains("encoding") || lower.contains("char 0x") {
            return LiaisonError(
                .malformedInput, "invalid bytes for the document's encoding (\(message))", at: location,
                hint: "the file may be damaged or mislabelled; export it again as UTF-8")
        }
        if lower.contains("document is empty") || lower.contains("start tag expected") {
            return LiaisonError(
                .unsupportedInput, "this is not an XML document (\(message))", at: location,
                hint: "import a CDA/C-CDA XML document or a plain referral XML file")
        }
        return LiaisonError(
            .malformedInput, "malformed XML: \(message)", at: location,
            hint: "the file is damaged or was cut short; ask the sender for a new copy")
    }

    /// Reads a fixed-size C char array as a String.
    static func string<T>(from tuple: T) -> String {
        withUnsafeBytes(of: tuple) { raw in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
