import LiaisonXML

/// A block of narrative as a reader would see it: one paragraph, list item or table row.
struct NarrativeBlock: Equatable {
    /// The block's text with white space folded.
    var text: String
    /// The 1-based line where the block starts.
    var line: Int
}

/// Splits a CDA narrative block (`section/text`) into paragraphs, list items and table rows,
/// the units the phrase reader reads one at a time. Free text between them (and text split by
/// `<br/>`) forms blocks of its own; table header rows are left out.
enum NarrativeBlocks {
    static func split(_ text: XMLElement) -> [NarrativeBlock] {
        var splitter = Splitter()
        splitter.container(text)
        splitter.flush()
        return splitter.blocks
    }

    /// The text of `element` and its descendants, cells, items and line breaks separated by a
    /// space, white space folded.
    static func flatten(_ element: XMLElement) -> String {
        var out = ""
        appendText(of: element, to: &out)
        return XMLText.normalize(out)
    }

    private static func appendText(of element: XMLElement, to out: inout String) {
        element.forEachChildNode { node in
            switch node {
            case .text(let text): out += text
            case .element(let child):
                if child.hasLocalName("br") {
                    out += " "
                } else if child.hasLocalName("renderMultiMedia") {
                    return
                } else {
                    let separate = isBlockLike(child)
                    if separate { out += " " }
                    appendText(of: child, to: &out)
                    if separate { out += " " }
                }
            }
        }
    }

    private static let blockNames = ["td", "th", "tr", "item", "paragraph", "list", "table", "caption"]

    private static func isBlockLike(_ element: XMLElement) -> Bool {
        blockNames.contains { element.hasLocalName($0) }
    }

    private struct Splitter {
        var blocks: [NarrativeBlock] = []
        var pending = ""
        var pendingLine: Int?

        mutating func container(_ element: XMLElement) {
            element.forEachChildNode { node in
                switch node {
                case .text(let text):
                    if pendingLine == nil, !text.allSatisfy(\.isWhitespace) { pendingLine = element.line }
                    pending += text
                case .element(let child):
                    self.element(child, in: element)
                }
            }
        }

        private mutating func element(_ child: XMLElement, in parent: XMLElement) {
            if child.hasLocalName("paragraph") {
                flush()
                add(NarrativeBlocks.flatten(child), line: child.line)
            } else if child.hasLocalName("list") {
                flush()
                for item in child.elementChildren where item.hasLocalName("item") {
                    let nested = item.elementChildren.contains { $0.hasLocalName("list") || $0.hasLocalName("table") }
                    if nested {
                        container(item)
                        flush()
                    } else {
                        add(NarrativeBlocks.flatten(item), line: item.line)
                    }
                }
            } else if child.hasLocalName("table") {
                flush()
                table(child)
            } else if child.hasLocalName("br") {
                flush()
            } else if child.hasLocalName("caption") || child.hasLocalName("renderMultiMedia") {
                return
            } else {
                if pendingLine == nil { pendingLine = child.line }
                pending += " " + NarrativeBlocks.flatten(child) + " "
            }
        }

        private mutating func table(_ table: XMLElement) {
            for part in table.elementChildren {
                if part.hasLocalName("thead") { continue }
                let rows = part.hasLocalName("tr") ? [part] : part.elementChildren.filter { $0.hasLocalName("tr") }
                for row in rows {
                    let cells = row.elementChildren
                    if !cells.isEmpty, cells.allSatisfy({ $0.hasLocalName("th") }) { continue }
                    add(NarrativeBlocks.flatten(row), line: row.line)
                }
            }
        }

        mutating func flush() {
            if let line = pendingLine { add(XMLText.normalize(pending), line: line) }
            pending = ""
            pendingLine = nil
        }

        private mutating func add(_ text: String, line: Int) {
            if !text.isEmpty { blocks.append(NarrativeBlock(text: text, line: line)) }
        }
    }
}
