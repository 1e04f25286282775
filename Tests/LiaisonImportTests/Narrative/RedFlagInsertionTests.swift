import Foundation
import LiaisonEngine
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import PropertyBased
import Testing

/// The property issue 9 names: any red-flag sentence of the sentence table, written into any
/// section of any sample or corpus document that is `ready` on its own, makes the plan
/// `refer-back` or `needs-review`, never `ready`.
struct RedFlagInsertionTests {
    /// A document and its section count.
    struct Host {
        let name: String
        let xml: String
        let sections: [Range<String.Index>]
    }

    static let date = CalendarDate(year: 2026, month: 11, day: 2)

    /// The sentences whose plan must not be ready: the flagged rows of the first two English
    /// tables and a reviewer's probes (Sentences/review-probes.en.txt, every one a red flag).
    static let sentences: [String] = {
        let root = TestPaths.packageRoot.appendingPathComponent("Tests/LiaisonImportTests/Narrative")
        let rows =
            ((try? SentenceRow.load("en")) ?? [])
            + ((try? SentenceRow.load("en", file: "Tests/LiaisonImportTests/Narrative/Sentences2/redflags2.en.tsv"))
                ?? [])
        let probes =
            (try? String(contentsOf: root.appendingPathComponent("Sentences/review-probes.en.txt"), encoding: .utf8))?
            .split(separator: "\n").map(String.init) ?? []
        return rows.filter { $0.expect != "ready" }.map(\.text) + probes
    }()

    /// Samples and corpus documents whose plan is `ready` without a sentence added.
    static let hosts: [Host] = {
        var files = (try? TestPaths.samples(endingIn: ".cda.xml")) ?? []
        if let corpus = TestPaths.corpus {
            let all =
                FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path } ?? []
            files += stride(from: 0, to: all.count, by: 12).map { all[$0] }  // every 12th: about 70 documents
        }
        return files.compactMap { url in
            guard let xml = try? String(contentsOf: url, encoding: .utf8),
                status(xml, name: url.lastPathComponent) == .ready
            else { return nil }
            let sections = sectionStarts(xml)
            return sections.isEmpty ? nil : Host(name: url.lastPathComponent, xml: xml, sections: sections)
        }
    }()

    /// The plan status of a document, or nil when it does not import.
    static func status(_ xml: String, name: String) -> Plan.Status? {
        guard
            let referral = try? ReferralImporter.read(
                data: Data(xml.utf8), path: name, options: TestKnowledge.options(referenceDate: date))
        else { return nil }
        return Planner(knowledgeBase: TestKnowledge.base).plan(for: referral, on: date).status
    }

    /// Where each `<section …>` start tag ends (any namespace prefix).
    static func sectionStarts(_ xml: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var from = xml.startIndex
        while let open = xml.range(
            of: #"<([A-Za-z0-9_]+:)?section[\s>]"#, options: .regularExpression, range: from..<xml.endIndex)
        {
            guard let close = xml.range(of: ">", range: open.lowerBound..<xml.endIndex) else { break }
            found.append(open.lowerBound..<close.upperBound)
            from = close.upperBound
        }
        return found
    }

    /// Whether section `index` of `host` is a results, vital-signs or medications section (by
    /// its own code, before any nested section): the sections where the vocabulary's `not-in`
    /// leaves the weaker concepts unread.
    static func isListSection(_ host: Host, _ index: Int) -> Bool {
        let start = host.sections[index].upperBound
        let next = host.sections.dropFirst(index + 1).first?.lowerBound ?? host.xml.endIndex
        guard
            let code = host.xml.range(
                of: #"<([A-Za-z0-9_]+:)?code\s[^>]*>"#, options: .regularExpression, range: start..<next)
        else { return false }
        let tag = host.xml[code]
        // Every code the importer reads as such a section ("Medications on admission" too).
        let listKinds: Set<SectionKind> = [.results, .vitalSigns, .medications]
        return CDAVocabulary.Section.kinds.contains { code, kind in
            listKinds.contains(kind) && tag.contains("\"\(code)\"")
        }
    }

    /// The document with `sentence` as a paragraph of the section's narrative (its empty `text`
    /// filled, or a new `text` element right after the section's start tag when it has none).
    static func inserting(_ sentence: String, into host: Host, section: Int) -> String {
        let escaped = sentence.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let start = host.sections[section]
        let tag = host.xml[start].dropFirst()  // "cda:section …" or "section …"
        let ns = tag.range(of: "section").map { String(tag[..<$0.lowerBound]) } ?? ""
        let next = host.sections.dropFirst(section + 1).first?.lowerBound ?? host.xml.endIndex
        // An empty `<text/>` is the section's narrative: the paragraph goes in its place.
        if let empty = host.xml.range(
            of: #"<([A-Za-z0-9_]+:)?text(\s[^>]*)?/>"#, options: .regularExpression, range: start.upperBound..<next)
        {
            var xml = host.xml
            xml.replaceSubrange(empty, with: "<\(ns)text><\(ns)paragraph>\(escaped)</\(ns)paragraph></\(ns)text>")
            return xml
        }
        if let text = host.xml.range(
            of: #"<([A-Za-z0-9_]+:)?text(\s[^>]*)?>"#, options: .regularExpression, range: start.upperBound..<next)
        {
            var xml = host.xml
            xml.insert(contentsOf: "<\(ns)paragraph>\(escaped)</\(ns)paragraph>", at: text.upperBound)
            return xml
        }
        var xml = host.xml
        xml.insert(
            contentsOf: "<\(ns)text><\(ns)paragraph>\(escaped)</\(ns)paragraph></\(ns)text>", at: start.upperBound)
        return xml
    }

    @Test func aRedFlagSentenceInAnySectionIsNeverReady() async throws {
        try #require(!Self.sentences.isEmpty, "the sentence table is missing")
        try #require(Self.hosts.count >= 7, "fewer ready documents than samples")
        let hosts = Self.hosts
        await propertyCheck(
            count: 400, input: Gen.int(in: 0...Int.max - 1), Gen.int(in: 0...Int.max - 1),
            Gen.int(in: 0...(Self.sentences.count - 1))
        ) { h, s, t in
            let host = hosts[h % hosts.count]
            let section = s % host.sections.count
            let sentence = Self.sentences[t]
            // Lab results and vital signs are tables of measurements, where urine is a specimen
            // and a pending exercise test no hold, and a medication list's "wait before
            // starting" is about a drug: those concepts are not looked for there
            // (docs/narrative.md, "Limits"). Definite red flags are: a sentence that refers
            // back in an ordinary section of the same document must not be ready here either.
            if Self.isListSection(host, section) {
                guard
                    let plain = host.sections.indices.first(where: { !Self.isListSection(host, $0) }),
                    Self.status(Self.inserting(sentence, into: host, section: plain), name: host.name) == .referBack
                else { return }
            }
            let status = Self.status(Self.inserting(sentence, into: host, section: section), name: host.name)
            #expect(status != nil, "\(host.name) no longer imports with the sentence in section \(section)")
            #expect(status != .ready, "\"\(sentence)\" in section \(section) of \(host.name) left the plan ready")
        }
    }
}
