import LiaisonXML

/// A block of narrative as a reader would see it: one paragraph, list item or table row.
struct NarrativeBlock: Equatable {
    /// The block's text with white space folded.
    var text: String
    /// The 1-based line where the block starts.
    var line: Int
    /// For a list item or table row: the list's caption, or the short text just before the list
    /// ("Call your doctor if you have:"), whose triggers reach the items.
    var heading: String? = nil
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
                let heading = heading(of: child)
                for item in child.elementChildren where item.hasLocalName("item") {
                    let nested = item.elementChildren.contains { $0.hasLocalName("list") || $0.hasLocalName("table") }
                    if nested {
                        container(item)
                        flush()
                    } else {
                        add(NarrativeBlocks.flatten(item), line: item.line, heading: heading)
                    }
                }
            } else if child.hasLocalName("table") {
                flush()
                table(child, heading: heading(of: child))
            } else if child.hasLocalName("br") {
                flush()
            } else if child.hasLocalName("caption") || child.hasLocalName("renderMultiMedia") {
                return
            } else {
                if pendingLine == nil { pendingLine = child.line }
                pending += " " + NarrativeBlocks.flatten(child) + " "
            }
        }

        /// A list's or table's caption, else the block just before it when it introduces it (ends
        /// with a colon): a sentence before a list is not its heading ("Denies trauma." then a
        /// list of new symptoms).
        private func heading(of element: XMLElement) -> String? {
            if let caption = element.elementChildren.first(where: { $0.hasLocalName("caption") }) {
                let text = NarrativeBlocks.flatten(caption)
                if !text.isEmpty { return text }
            }
            guard let previous = blocks.last?.text, previous.hasSuffix(":"), previous.split(separator: " ").count <= 25
            else { return nil }
            return previous
        }

        private mutating func table(_ table: XMLElement, heading: String?) {
            for part in table.elementChildren {
                if part.hasLocalName("thead") { continue }
                let rows = part.hasLocalName("tr") ? [part] : part.elementChildren.filter { $0.hasLocalName("tr") }
                for row in rows {
                    let cells = row.elementChildren
                    if !cells.isEmpty, cells.allSatisfy({ $0.hasLocalName("th") }) { continue }
                    add(NarrativeBlocks.flatten(row), line: row.line, heading: heading)
                }
            }
        }

        mutating func flush() {
            if let line = pendingLine { add(XMLText.normalize(pending), line: line) }
            pending = ""
            pendingLine = nil
        }

        private mutating func add(_ text: String, line: Int, heading: String? = nil) {
            if !text.isEmpty { blocks.append(NarrativeBlock(text: text, line: line, heading: heading)) }
        }
    }
}
