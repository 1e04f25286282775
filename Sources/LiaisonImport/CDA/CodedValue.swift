import LiaisonModel
import LiaisonXML

/// A coded value (`CD`/`CE`) with every translation, as found in a `value` or `code` element.
struct CodedValue {
    var code: String
    /// The code system's name (``CDAVocabulary/CodeSystems/name(forOID:)``).
    var system: String
    /// `displayName`, else the `originalText` (or the narrative it references).
    var display: String?
    /// Every translation, nested ones included, in document order, without the primary code.
    var translations: [CodeRef]

    /// Reads `element`; nil when neither it nor any translation carries a code. A value with a
    /// null flavor but translations takes its first translation as the primary code.
    init?(_ element: XMLElement, context: CDAContext) {
        var codes: [(CodeRef, String?)] = []
        CodedValue.collectTranslations(of: element, into: &codes)
        let own = CodedValue.codeRef(element)
        guard let primary = own ?? codes.first?.0 else { return nil }
        var display = own == nil ? codes.removeFirst().1 : CodedValue.displayName(element)
        code = primary.code
        system = primary.system
        if display == nil, let original = element.child("originalText") {
            display = context.text(ofOrReferencedBy: original)
        }
        self.display = display
        var seen: Set<CodeRef> = [primary]
        translations = codes.map(\.0).filter { seen.insert($0).inserted }
    }

    static func displayName(_ element: XMLElement) -> String? {
        element.attribute("displayName").map(XMLText.normalize).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `code` and `codeSystem` (or `codeSystemName` when there is no OID) of one element.
    static func codeRef(_ element: XMLElement) -> CodeRef? {
        guard let code = element.attribute("code")?.trimmingWhitespace(), !code.isEmpty else { return nil }
        let oid = systemOID(element) ?? ""
        let system =
            oid.isEmpty
            ? (element.attribute("codeSystemName") ?? "unknown") : CDAVocabulary.CodeSystems.name(forOID: oid)
        return CodeRef(code: code, system: system)
    }

    /// The element's code-system OID: `codeSystem`, or `codeSystemName` where a document swapped
    /// the two (`codeSystem="icd10" codeSystemName="2.16.756.5.30.1.126.3.2"`).
    static func systemOID(_ element: XMLElement) -> String? {
        let written = element.attribute("codeSystem")?.trimmingWhitespace()
        if let written, isOID(written) { return written }
        if let name = element.attribute("codeSystemName")?.trimmingWhitespace(), isOID(name) { return name }
        return written
    }

    private static func isOID(_ text: String) -> Bool {
        !text.isEmpty && text.first != "." && text.allSatisfy { $0 == "." || ($0.isASCII && $0.isNumber) }
    }

    private static func collectTranslations(of element: XMLElement, into codes: inout [(CodeRef, String?)]) {
        element.forEachChildElement { child in
            guard child.is("translation") else { return }
            if let ref = codeRef(child) { codes.append((ref, displayName(child))) }
            collectTranslations(of: child, into: &codes)
        }
    }
}
