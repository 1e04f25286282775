import LiaisonXML

/// Documents carried inside another XML document, found before the format is detected.
///
/// The French "autopresentable" form (ANS CI-SIS) wraps the CDA document in the XSL stylesheet
/// that renders it: `xsl:stylesheet/data:Contenu/c:ClinicalDocument`, with the stylesheet's
/// templates after it. Liaison reads the `ClinicalDocument` inside, with the file's own line
/// numbers, instead of refusing the stylesheet.
enum WrappedDocument {
    static let xslNamespace = "http://www.w3.org/1999/XSL/Transform"
    static let cdaNamespace = "urn:hl7-org:v3"
    /// How deep below the stylesheet the document may sit (`data:Contenu` puts it at depth 2).
    static let maxDepth = 4

    /// The CDA document inside `document` when its root is an XSL stylesheet holding one, else
    /// `document` itself.
    static func unwrap(_ document: XMLDocument) -> XMLDocument {
        let root = document.root
        guard root.namespace == xslNamespace, root.name == "stylesheet" || root.name == "transform",
            let inner = root.firstDescendant("ClinicalDocument", namespace: cdaNamespace, maxDepth: maxDepth)
        else { return document }
        return document.rooted(at: inner)
    }
}
