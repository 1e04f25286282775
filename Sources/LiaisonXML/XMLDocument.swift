import CLibXML2
import Foundation
import LiaisonModel

/// A parsed XML document, read safely from untrusted bytes.
///
/// Parsing never touches the network, never substitutes entities, refuses any DOCTYPE (an
/// internal subset lets a 110 KB file expand to a gigabyte once its text is read) and caps size
/// and depth. Errors are ``LiaisonError``s located at the first problem libxml2 met. Not
/// thread-safe: use one document on one thread at a time (different documents may be parsed on
/// different threads).
public final class XMLDocument {
    let pointer: xmlDocPtr
    /// The path the document was read from, used in every location.
    public let path: String
    /// Problems that did not stop the parse (an undeclared namespace prefix).
    public let warnings: [Diagnostic]
    /// The namespace of the root element; ``XMLElement/child(_:)`` and friends match elements in
    /// this namespace (or in none, for namespace-less documents).
    public let primaryNamespace: String?
    private var idIndex: [String: xmlNodePtr]?
    /// The element ``root`` returns: the document's root element, or an element inside it for a
    /// document carried in another (``rooted(at:)``).
    private let rootNode: xmlNodePtr
    /// The document that owns the parsed tree when this one is a view into it; nil when this one
    /// owns (and frees) the tree.
    private let owner: XMLDocument?

    private init(pointer: xmlDocPtr, path: String, warnings: [Diagnostic], rootNode: xmlNodePtr, owner: XMLDocument?) {
        self.pointer = pointer
        self.path = path
        self.warnings = warnings
        self.rootNode = rootNode
        self.owner = owner
        primaryNamespace = XMLElement.namespaceURI(of: rootNode)
    }

    deinit { if owner == nil { xmlFreeDoc(pointer) } }

    /// The root element.
    public var root: XMLElement { XMLElement(node: rootNode, document: self) }

    /// The document carried inside this one at `element` (a CDA document inside the XSL stylesheet
    /// of a French "autopresentable" document): `element` is its root and sets its primary
    /// namespace. It shares this document's parsed tree, so line numbers stay those of the file.
    public func rooted(at element: XMLElement) -> XMLDocument {
        XMLDocument(pointer: pointer, path: path, warnings: warnings, rootNode: element.node, owner: owner ?? self)
    }

    /// Reads the file at `url` (refusing it before reading when it is over the size cap).
    public static func parse(contentsOf url: URL, options: XMLParseOptions = .init()) throws -> XMLDocument {
        try parse(data: readFile(url, path: url.path, maxBytes: options.maxBytes), path: url.path, options: options)
    }

    /// The bytes of a document file, with the checks every reader wants first: it exists, is
    /// readable, is not a folder, and is within `maxBytes` (checked before reading it).
    public static func readFile(_ url: URL, path: String, maxBytes: Int) throws -> Data {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw LiaisonError(
                .io, "cannot read the file: \(FileIO.reason(error))", at: SourceLocation(file: path),
                hint: "check the path and its permissions")
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            throw LiaisonError(
                .io, "this is a folder, not a file", at: SourceLocation(file: path),
                hint: "name a referral file; use 'liaison batch' for folders")
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            throw tooLarge(size: size, maxBytes: maxBytes, path: path)
        }
        do {
            return try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw LiaisonError(
                .io, "cannot read the file: \(FileIO.reason(error))", at: SourceLocation(file: path),
                hint: "check that the file is readable by this user")
        }
    }

    /// Parses `data`; `path` names the document in errors.
    public static func parse(data: Data, path: String, options: XMLParseOptions = .init()) throws -> XMLDocument {
        if data.count > options.maxBytes { throw tooLarge(size: data.count, maxBytes: options.maxBytes, path: path) }
        try InputSniffer.check(data, path: path)
        XMLLibrary.initialize()
        var state = liaison_parse_state()
        state.maxDepth = Int32(options.maxDepth)
        let doc = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> xmlDocPtr? in
            let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            return liaison_parse(base, Int32(buffer.count), &state)
        }
        guard let doc else { throw ParseFailure.error(from: state, path: path) }
        // A parsed, well-formed document always has a root element.
        let rootNode = xmlDocGetRootElement(doc)!
        var warnings: [Diagnostic] = []
        if state.undeclaredPrefixCount > 0 {
            let message = ParseFailure.string(from: state.undeclaredPrefixMessage)
            let more = state.undeclaredPrefixCount > 1 ? " (and \(state.undeclaredPrefixCount - 1) more)" : ""
            warnings.append(
                Diagnostic(
                    .warning, "\(message)\(more); read as if the usual namespace were declared",
                    at: SourceLocation(file: path, line: Int(state.undeclaredPrefixLine))))
        }
        return XMLDocument(pointer: doc, path: path, warnings: warnings, rootNode: rootNode, owner: nil)
    }

    /// The element whose `ID` attribute is `id` (CDA narrative anchors, `<reference value="#id">`).
    public func element(withID id: String) -> XMLElement? {
        if idIndex == nil { idIndex = buildIDIndex() }
        let key = id.hasPrefix("#") ? String(id.dropFirst()) : id
        return idIndex?[key].map { XMLElement(node: $0, document: self) }
    }

    private func buildIDIndex() -> [String: xmlNodePtr] {
        var index: [String: xmlNodePtr] = [:]
        func visit(_ node: xmlNodePtr) {
            var attr = node.pointee.properties
            while let a = attr {
                if a.pointee.ns == nil, XMLElement.equals(a.pointee.name, "ID"),
                    let value = XMLElement.attributeValue(a)
                {
                    if index[value] == nil { index[value] = node }
                }
                attr = a.pointee.next
            }
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { visit(c) }
                child = c.pointee.next
            }
        }
        visit(rootNode)
        return index
    }

    private static func tooLarge(size: Int, maxBytes: Int, path: String) -> LiaisonError {
        LiaisonError(
            .inputTooLarge,
            "the file is \(FileIO.megabytes(size)), over the \(FileIO.megabytes(maxBytes)) limit",
            at: SourceLocation(file: path),
            hint: "raise the limit with --max-size if this really is one referral")
    }
}

/// One-time libxml2 set-up, before any thread parses.
enum XMLLibrary {
    private static let once: Void = { xmlInitParser() }()
    static func initialize() { _ = once }
}
