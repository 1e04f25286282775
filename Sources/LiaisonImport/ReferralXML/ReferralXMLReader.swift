import Foundation
import LiaisonModel
import LiaisonXML

/// Reads Liaison's plain referral XML (`urn:liaison:referral:1`, `Samples/referral.xsd`,
/// docs/formats.md, "The plain referral format") into the same ``Referral`` model as a C-CDA referral note.
///
/// Provenance sections are element names (`restrictions`, `notes`, `diagnoses`, `reason`,
/// `redFlags`) with the element's line. Free-text restrictions, the reason and the notes go
/// through the ``NarrativeReader``; durations count from the document date, "post-op" ones from
/// `<surgery date>`.
public enum ReferralXMLReader {
    /// The format versions this reader understands.
    public static let versions: Set<String> = ["1"]

    /// Reads a parsed plain referral, whose bytes were `data`. Missing required fields
    /// (document id and date, patient name, referring provider) are ``LiaisonError``s naming the
    /// file, line and column.
    public static func read(
        _ document: XMLDocument, data: Data, path: String, sha256: String, options: ImportOptions
    ) throws -> Referral {
        let fields = ReferralXMLFields(path: path, data: data)
        let root = document.root
        guard root.name == "referral", root.namespace == FormatDetector.referralNamespace else {
            throw fields.error(
                "the root element is <\(root.name)>, not a plain referral", at: root,
                hint:
                    "a plain referral is <referral xmlns=\"\(FormatDetector.referralNamespace)\">; see Samples/referral.xsd"
            )
        }
        if let version = root.attribute("version"), !versions.contains(version) {
            throw fields.error(
                "plain referral version \(version) is not supported (this Liaison reads version 1)", at: root,
                hint: "write version=\"1\" or update Liaison")
        }
        let header = try fields.required(root, "document", what: "the document header")
        let id = try fields.requiredAttribute(header, "id", what: "the referral's id")
        let date = try fields.date(header, "date", required: true)
        var referral = Referral(
            source: SourceDocument(path: path, sha256: sha256, format: .referralXML),
            document: DocumentInfo(
                id: id, title: fields.text(header, "title"), typeCode: nil, date: date?.description,
                language: header.attribute("language")))
        referral.patient = try ReferralXMLPeople.patient(root, fields: fields)
        referral.referringProvider = try ReferralXMLPeople.provider(
            try fields.required(root, "referringProvider", what: "the referring provider"), fields: fields)
        referral.recipient = try root.child("recipient").map { try ReferralXMLPeople.provider($0, fields: fields) }
        referral.reason = fields.text(root, "reason")
        let surgery = try root.child("surgery").flatMap { try fields.date($0, "date", required: true) }
        referral.surgeryDate = surgery
        referral.followUp = try root.child("followUp").flatMap { try fields.date($0, "date", required: true) }
        let context = ReferralXMLContext(
            fields: fields, referenceDate: date ?? options.referenceDate, surgeryDate: surgery,
            vocabulary: options.vocabulary, language: header.attribute("language"))
        referral.diagnoses = try root.child("diagnoses").map { try ReferralXMLDiagnoses.read($0, fields: fields) } ?? []
        try ReferralXMLFindings.read(root, into: &referral, context: context)
        referral.warnings = unknownElements(root)
        return referral
    }

    static let knownElements: Set<String> = [
        "document", "patient", "referringProvider", "recipient", "reason", "surgery", "followUp", "diagnoses",
        "restrictions",
        "redFlags", "notes",
    ]

    /// Elements this reader does not know are kept as warnings, never silently dropped.
    static func unknownElements(_ root: XMLElement) -> [ImportWarning] {
        root.elementChildren.filter {
            !knownElements.contains($0.name) || $0.namespace != FormatDetector.referralNamespace
        }.map {
            ImportWarning("unknown element <\($0.name)> was not read", line: $0.line)
        }
    }
}

/// What the findings readers need besides the element: error helpers and the dates durations
/// count from.
struct ReferralXMLContext {
    let fields: ReferralXMLFields
    let referenceDate: CalendarDate?
    let surgeryDate: CalendarDate?
    let vocabulary: NarrativeVocabulary
    /// The document's declared language (`document/@language`): text that shows no language of
    /// its own plainly is read in it.
    let language: String?

    /// What each element is for, for the narrative reader's section defaults.
    static let kinds: [String: SectionKind] = [
        "reason": .reasonForReferral, "restrictions": .restrictions, "notes": .notes, "diagnoses": .problems,
    ]

    /// The context for reading `text`, found in `element`, in the language it is written in.
    func narrative(_ element: XMLElement, text: String) -> NarrativeContext {
        NarrativeContext(
            section: element.name, line: element.line, kind: Self.kinds[element.name] ?? .other,
            language: LanguageDetector.language(of: text, declared: language, markers: vocabulary.markers),
            referenceDate: referenceDate, surgeryDate: surgeryDate, vocabulary: vocabulary)
    }
}

extension Provenance {
    /// Where a finding of the plain referral's element `name` was read.
    init(referralElement name: String, line: Int?) {
        self.init(section: name, line: line, kind: ReferralXMLContext.kinds[name] ?? .other)
    }
}
