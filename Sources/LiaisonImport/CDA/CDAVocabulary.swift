/// Every template OID, LOINC section code and code-system OID the CDA reader relies on, in one
/// place so a reviewer can check them against the specifications (C-CDA R2.1 and R1.1, IHE PCC,
/// HITSP C83, the Australian NCTIS data components).
enum CDAVocabulary {
    /// LOINC codes of the sections the reader treats specially.
    enum Section {
        static let problems = "11450-4"
        static let pastMedicalHistory = "11348-0"
        static let healthConcerns = "75310-3"
        static let encounters = "46240-8"
        static let assessment = "51848-0"
        static let assessmentAndPlan = "51847-2"
        static let planOfTreatment = "18776-5"
        static let instructions = "69730-0"
        static let dischargeInstructions = "8653-8"
        static let reasonForReferral = "42349-1"
        static let reasonForVisit = "29299-5"
        static let chiefComplaint = "10154-3"
        static let chiefComplaintAndReasonForVisit = "46239-0"
        static let historyOfPresentIllness = "10164-2"
        static let reviewOfSystems = "10187-3"
        static let procedures = "47519-4"
        static let dischargeDiagnosis = "11535-2"
        static let admissionDiagnosis = "46241-6"
        static let preoperativeDiagnosis = "10219-4"
        static let postoperativeDiagnosis = "10218-6"

        /// Sections whose coded observations are never the client's diagnoses: allergies,
        /// medications, immunizations, results, vital signs, social and family history,
        /// functional status (limitations such as "dependence on cane", not diagnoses), and the
        /// Australian medications and adverse reactions sections.
        static let withoutDiagnoses: Set<String> = [
            "48765-2", "10160-0", "11369-6", "30954-2", "8716-3", "29762-2", "10157-6", "47420-5",
            "101.16146", "101.20113",
        ]
    }

    /// Entry template ids (the root; the version extension does not matter here).
    enum Template {
        /// Problem observations: C-CDA, IHE PCC, HITSP C83 / CCD.
        static let problemObservations: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.4", "1.3.6.1.4.1.19376.1.5.3.1.4.5",
            "2.16.840.1.113883.10.20.1.28", "2.16.840.1.113883.3.88.11.83.7",
        ]
        /// Problem status observations (R1.1; deprecated in R2.1 but still written).
        static let problemStatus: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.6", "1.3.6.1.4.1.19376.1.5.3.1.4.1.1", "2.16.840.1.113883.10.20.1.50",
        ]
        /// Concern acts (problem concern, health concern, IHE and CCD problem acts): their
        /// `statusCode` says whether the problems inside are still a concern.
        static let concernActs: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.3", "2.16.840.1.113883.10.20.22.4.132",
            "1.3.6.1.4.1.19376.1.5.3.1.4.5.2", "2.16.840.1.113883.10.20.1.27",
        ]
        /// Entries whose nested coded observations are not the client's diagnoses: family
        /// history organizers and observations, medication indications, allergy intolerance.
        static let notDiagnoses: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.45", "2.16.840.1.113883.10.20.22.4.46",
            "2.16.840.1.113883.10.20.22.4.19", "2.16.840.1.113883.10.20.22.4.7",
            "2.16.840.1.113883.10.20.22.4.30",
        ]
    }

    /// Observation codes that mark a problem observation by structure (the C-CDA "Problem
    /// Type" value sets, SNOMED CT and LOINC forms), used where no known template id is present.
    static let problemTypeCodes: Set<String> = [
        "282291009", "55607006", "404684003", "409586006", "64572001", "248536006", "418799008",
        "373930000", "439401001",
        "29308-4", "75326-9", "75325-1", "75324-4", "75323-6", "75322-8", "75321-0", "75318-6", "75315-2",
        "11450-4",
    ]

    /// The LOINC code of a problem status observation.
    static let problemStatusCode = "33999-4"
    /// The Australian "Date of Resolution/Remission" data component.
    static let auDateOfResolution = "103.15510"
    /// Problem status values (SNOMED CT) to the words Liaison reports.
    static let problemStatusNames: [String: String] = [
        "55561003": "active", "73425007": "inactive", "413322009": "resolved", "277022003": "remission",
    ]

    /// The act code of a concern act (HL7 ActClass "CONC"), and its `statusCode` values in the
    /// words a problem list uses.
    static let concernActCode = "CONC"
    static let concernStatusNames: [String: String] = [
        "active": "active", "completed": "resolved", "suspended": "suspended", "aborted": "aborted",
    ]

    /// Code systems whose codes are diagnoses: the four named ones plus ICD-10-AM, ICPC-2,
    /// ICD-10-GM and the French CIM-10 OID.
    static let diagnosisCodeSystems: Set<String> = [
        "2.16.840.1.113883.6.90", "2.16.840.1.113883.6.96", "2.16.840.1.113883.6.103",
        "2.16.840.1.113883.6.3", "2.16.840.1.113883.6.135", "2.16.840.1.113883.6.139",
        "1.2.276.0.76.5.424", "1.2.250.1.213.2.12",
    ]

    /// Identifier roots.
    enum Identifier {
        /// US National Provider Identifier.
        static let npi = "2.16.840.1.113883.4.6"
    }

    /// HL7 v3 person names (`PN`): `name/@use` (EntityNameUse) and the part qualifiers
    /// (EntityNamePartQualifier) that decide which name and which parts a person is called by.
    enum Name {
        /// Uses of the name to prefer: legal, official registry.
        static let preferredUses: Set<String> = ["L", "OR"]
        /// Uses of a name that is not the one a person is called by: search, phonetic, soundex,
        /// alphabetic, ideographic and syllabic renderings, pseudonym.
        static let avoidedUses: Set<String> = ["SRCH", "PHON", "SNDX", "ABC", "IDE", "SYL", "P"]
        /// Part qualifiers: birth, spouse, call-me (the French "nom/prénom utilisé"), initial,
        /// academic, professional, nobility, title.
        static let birth = "BR"
        static let spouse = "SP"
        static let callMe = "CL"
        static let initial = "IN"
    }

    /// `participant/@typeCode` values naming the referrer ("referrer", "referred by").
    static let referrerParticipantTypes: Set<String> = ["REF", "REFB"]
}
