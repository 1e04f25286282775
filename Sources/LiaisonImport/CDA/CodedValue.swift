import LiaisonModel
import LiaisonXML

/// A coded value (`CD`/`CE`) with every translation, as found in a `value` or `code` element.
struct CodedValue {
    var code: String
    /// The code system's name (``CodeSystem/name(forOID:)``).
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
        let oid = element.attribute("codeSystem")?.trimmingWhitespace() ?? ""
        let system = oid.isEmpty ? (element.attribute("codeSystemName") ?? "unknown") : CodeSystem.name(forOID: oid)
        return CodeRef(code: code, system: system)
    }

    private static func collectTranslations(of element: XMLElement, into codes: inout [(CodeRef, String?)]) {
        element.forEachChildElement { child in
            guard child.is("translation") else { return }
            if let ref = codeRef(child) { codes.append((ref, displayName(child))) }
            collectTranslations(of: child, into: &codes)
        }
    }
}
