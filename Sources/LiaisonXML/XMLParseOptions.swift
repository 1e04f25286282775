/// Limits for parsing untrusted XML.
public struct XMLParseOptions: Sendable, Hashable {
    /// Input larger than this is refused before parsing (default 20 MB).
    public var maxBytes: Int
    /// Elements nested deeper than this are refused (default 128, at most 255: libxml2's own
    /// limit without `XML_PARSE_HUGE`, which Liaison never sets).
    public var maxDepth: Int

    public init(maxBytes: Int = 20 * 1024 * 1024, maxDepth: Int = 128) {
        self.maxBytes = maxBytes
        self.maxDepth = min(max(maxDepth, 1), 255)
    }
}
