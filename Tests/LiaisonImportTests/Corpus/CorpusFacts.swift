import LiaisonModel

/// Known facts about documents of the public corpus, checked by the corpus tests.
enum CorpusFacts {
    /// The ONC 2015 certification files that are not well-formed CDA, and how each must fail.
    static let malformedONC: [(String, LiaisonError.Code)] = [
        // Windows-1252 dashes (0x96) in a file that declares UTF-8.
        (getReal + "Date_Range_Filter/Rep/Transmit_Encrypted/Clinical_Document.xml", .malformedInput),
        (getReal + "Transmit_Encrypted/Patient/Larson.xml", .malformedInput),
        (getReal + "Transmit_Encrypted/Rep/clinical_document_inpatient.xml", .malformedInput),
        // `xmlns:schemaLocation="urn:hl7-org:v3 CDA.xsd"`: a namespace name that is not a URI.
        (mdLogic + "ContinuityOfCareDocument_MUBatJer_20170601-145724.xml", .malformedInput),
        (mdLogic + "ContinuityOfCareDocument_MUNewAli_20170601-145612.xml", .malformedInput),
        // A MIME message with the CDA document as an encrypted attachment.
        (onc + "ETT_Version_2.1.0.2/Drummond_Group_-_eRAD/e.1/e.1/encr-xmit/1038784_CCDA.xml", .unsupportedInput),
    ]

    private static let onc = "onc-2015-cert-samples/DrummondGroup/"
    private static let getReal = onc + "ETT_Version_2.0.0.1/Drummond_Group_-_Get_Real_Health_Instant_PHR/e1_VDT/"
    private static let mdLogic = onc + "ETT_Version_2.0/Drummond_Group_-_MDLogic/b.6/b.6/"
}
