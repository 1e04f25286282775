import CLibXML2

/// One child of an element in mixed content: an element or a run of text.
public enum XMLChildNode {
    case element(XMLElement)
    /// Character data (text or CDATA), as written.
    case text(String)
}

extension XMLElement {
    /// Calls `body` for each child element and text run, in document order.
    ///
    /// CDA narrative (`<text>`) mixes prose with `<content>`, `<br/>`, lists and tables; readers
    /// need both in order to split it into blocks the way a browser would show them.
    public func forEachChildNode(_ body: (XMLChildNode) throws -> Void) rethrows {
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                try body(.element(XMLElement(node: c, document: document)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { try body(.text(String(cString: content))) }
            default:
                break
            }
            child = c.pointee.next
        }
    }

    /// Whether the element's local name is `name`, in any namespace.
    public func hasLocalName(_ name: String) -> Bool { XMLElement.equals(node.pointee.name, name) }
}
