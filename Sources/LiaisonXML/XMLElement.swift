import CLibXML2
import LiaisonModel

/// An element of an ``XMLDocument``; it keeps its document alive.
///
/// Lookups by name (``child(_:)``, ``children(_:)``, ``descendants(_:)``) match the local name
/// in the document's primary namespace (the root's, or none), so `sdtc:` extensions and other
/// foreign elements are never mistaken for CDA ones.
public struct XMLElement {
    let node: xmlNodePtr
    public let document: XMLDocument

    init(node: xmlNodePtr, document: XMLDocument) {
        self.node = node
        self.document = document
    }

    /// The local name (without prefix).
    public var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, nil when the element has none.
    public var namespace: String? { XMLElement.namespaceURI(of: node) }

    /// The 1-based line of the start tag.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// Where the element starts, for diagnostics.
    public var location: SourceLocation { SourceLocation(file: document.path, line: line) }

    /// Whether this element has local name `name` in the primary namespace.
    public func `is`(_ name: String) -> Bool {
        XMLElement.equals(node.pointee.name, name) && inPrimaryNamespace(node)
    }

    /// Whether `node` is an element named `name` in the primary namespace; the test every
    /// lookup by name makes before it builds an ``XMLElement``.
    private func isElement(_ node: xmlNodePtr, named name: String) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE && XMLElement.equals(node.pointee.name, name) && inPrimaryNamespace(node)
    }

    /// The value of the attribute `name` with no namespace.
    public func attribute(_ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if a.pointee.ns == nil, XMLElement.equals(a.pointee.name, name) { return XMLElement.attributeValue(a) }
            attr = a.pointee.next
        }
        return nil
    }

    /// The value of attribute `name` in namespace `namespace`.
    public func attribute(_ name: String, namespace: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let ns = a.pointee.ns, XMLElement.equals(a.pointee.name, name),
                XMLElement.equals(ns.pointee.href, namespace)
            {
                return XMLElement.attributeValue(a)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// `xsi:type`, also where the document forgot to declare the `xsi` prefix.
    public var xsiType: String? {
        attribute("type", namespace: "http://www.w3.org/2001/XMLSchema-instance") ?? attribute("xsi:type")
    }

    /// Child elements in document order, of any namespace.
    public var elementChildren: [XMLElement] {
        var result: [XMLElement] = []
        forEachChildElement { result.append($0) }
        return result
    }

    /// The first child element named `name` (primary namespace).
    public func child(_ name: String) -> XMLElement? {
        var child = node.pointee.children
        while let c = child {
            if isElement(c, named: name) { return XMLElement(node: c, document: document) }
            child = c.pointee.next
        }
        return nil
    }

    /// Follows a path of child names: `child(path: "code", "originalText")`.
    public func child(path names: String...) -> XMLElement? {
        var current: XMLElement? = self
        for name in names { current = current?.child(name) }
        return current
    }

    /// All child elements named `name` (primary namespace).
    public func children(_ name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let c = child {
            if isElement(c, named: name) { result.append(XMLElement(node: c, document: document)) }
            child = c.pointee.next
        }
        return result
    }

    /// All descendant elements named `name`, in document order (not descending into matches).
    public func descendants(_ name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        func visit(_ parent: xmlNodePtr) {
            var child = parent.pointee.children
            while let c = child {
                if isElement(c, named: name) {
                    result.append(XMLElement(node: c, document: document))
                } else if c.pointee.type == XML_ELEMENT_NODE {
                    visit(c)
                }
                child = c.pointee.next
            }
        }
        visit(node)
        return result
    }

    /// The first descendant element, in document order, with local name `name` in namespace
    /// `namespace` (whatever the primary namespace is), looking no deeper than `maxDepth` levels.
    public func firstDescendant(_ name: String, namespace: String, maxDepth: Int) -> XMLElement? {
        func visit(_ parent: xmlNodePtr, depth: Int) -> xmlNodePtr? {
            var child = parent.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    if XMLElement.equals(c.pointee.name, name), XMLElement.equals(c.pointee.ns?.pointee.href, namespace)
                    {
                        return c
                    }
                    if depth < maxDepth, let found = visit(c, depth: depth + 1) { return found }
                }
                child = c.pointee.next
            }
            return nil
        }
        return visit(node, depth: 1).map { XMLElement(node: $0, document: document) }
    }

    /// Calls `body` for each child element, in document order.
    public func forEachChildElement(_ body: (XMLElement) throws -> Void) rethrows {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { try body(XMLElement(node: c, document: document)) }
            child = c.pointee.next
        }
    }

    /// The concatenated text of all descendant text nodes, as written.
    public var text: String {
        var bytes: [UInt8] = []
        XMLElement.appendText(of: node, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``text`` with runs of white space folded to one space and the ends trimmed; nil if empty.
    public var normalizedText: String? {
        let folded = XMLText.normalize(text)
        return folded.isEmpty ? nil : folded
    }

    // MARK: - libxml2 helpers

    static func appendText(of node: xmlNodePtr, to bytes: inout [UInt8]) {
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            case XML_ELEMENT_NODE:
                appendText(of: c, to: &bytes)
            default:
                break
            }
            child = c.pointee.next
        }
    }

    static func attributeValue(_ attr: xmlAttrPtr) -> String? {
        var bytes: [UInt8] = []
        var child = attr.pointee.children
        while let c = child {
            if let content = c.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
            }
            child = c.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func namespaceURI(of node: xmlNodePtr) -> String? {
        node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    static func equals(_ cString: UnsafePointer<xmlChar>?, _ name: String) -> Bool {
        guard let cString else { return false }
        return name.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            for byte in bytes {
                if cString[i] != byte { return false }
                i += 1
            }
            return cString[i] == 0
        } ?? (String(cString: cString) == name)
    }

    /// Whether `other` is in the same namespace as this element (or both in none), compared
    /// without building strings: the entry walks ask it of every child.
    public func hasSameNamespace(as other: XMLElement) -> Bool {
        let mine = node.pointee.ns?.pointee.href
        let theirs = other.node.pointee.ns?.pointee.href
        guard let mine, let theirs else { return mine == nil && theirs == nil }
        return mine == theirs || xmlStrEqual(mine, theirs) != 0
    }

    private func inPrimaryNamespace(_ node: xmlNodePtr) -> Bool {
        let href = node.pointee.ns?.pointee.href
        guard let primary = document.primaryNamespace else { return href == nil }
        return XMLElement.equals(href, primary)
    }
}

/// Text utilities shared by readers.
public enum XMLText {
    /// Folds runs of white space (including non-breaking spaces) to one space and trims the ends.
    public static func normalize(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var utf8 = text.utf8.makeIterator()
        var scalars = text.unicodeScalars.makeIterator()
        // Walk scalars; copy their UTF-8 bytes. ASCII is decided without Unicode tables.
        while let scalar = scalars.next() {
            let width = UTF8.width(scalar)
            let isSpace =
                scalar.value < 0x80
                ? (scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D))
                : (scalar.value == 0xA0 || scalar.properties.isWhitespace)
            if isSpace {
                pendingSpace = !result.isEmpty
                for _ in 0..<width { _ = utf8.next() }
            } else {
                if pendingSpace {
                    result.append(0x20)
                    pendingSpace = false
                }
                for _ in 0..<width { if let byte = utf8.next() { result.append(byte) } }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
