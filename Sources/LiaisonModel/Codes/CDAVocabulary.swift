/// Every template OID, LOINC section code and code-system OID Liaison relies on, in one place so
/// a reviewer can check them against the specifications (C-CDA R2.1 and R1.1, IHE PCC, HITSP C83,
/// the Australian NCTIS data components): the CDA reader's, the code-system names of the model
/// (``CodeSystem``) and the section names letters cite.
public enum CDAVocabulary {
    /// LOINC codes of the sections the reader treats specially.
    public enum Section {
        public static let problems = "11450-4"
        public static let pastMedicalHistory = "11348-0"
        public static let healthConcerns = "75310-3"
        public static let encounters = "46240-8"
        public static let assessment = "51848-0"
        public static let assessmentAndPlan = "51847-2"
        public static let planOfTreatment = "18776-5"
        public static let instructions = "69730-0"
        public static let dischargeInstructions = "8653-8"
        public static let reasonForReferral = "42349-1"
        public static let reasonForVisit = "29299-5"
        public static let chiefComplaint = "10154-3"
        public static let chiefComplaintAndReasonForVisit = "46239-0"
        public static let historyOfPresentIllness = "10164-2"
        public static let reviewOfSystems = "10187-3"
        public static let procedures = "47519-4"
        public static let dischargeDiagnosis = "11535-2"
        public static let admissionDiagnosis = "46241-6"
        public static let preoperativeDiagnosis = "10219-4"
        public static let postoperativeDiagnosis = "10218-6"
        /// Diagnosis narrative and diagnosis (the codes CDA-CH diagnosis lists use).
        public static let diagnosisNarrative = "29548-5"
        public static let diagnosis = "29308-4"

        /// Sections that list diagnoses, whose narrative may hold them when no entry does.
        public static let diagnosisLists: Set<String> = [
            dischargeDiagnosis, admissionDiagnosis, preoperativeDiagnosis, postoperativeDiagnosis,
            diagnosisNarrative, diagnosis,
        ]

        /// What each section is for, for the narrative reader's section defaults.
        public static let kinds: [String: SectionKind] = [
            reasonForReferral: .reasonForReferral, reasonForVisit: .reasonForReferral,
            chiefComplaint: .reasonForReferral, chiefComplaintAndReasonForVisit: .reasonForReferral,
            historyOfPresentIllness: .historyOfPresentIllness, reviewOfSystems: .reviewOfSystems,
            problems: .problems, healthConcerns: .problems, dischargeDiagnosis: .problems,
            admissionDiagnosis: .problems, preoperativeDiagnosis: .problems, postoperativeDiagnosis: .problems,
            pastMedicalHistory: .pastMedicalHistory, familyHistory: .familyHistory, socialHistory: .socialHistory,
            medications: .medications, "29549-3": .medications, "42346-7": .medications, "10183-2": .medications,
            allergies: .allergies, results: .results, vitalSigns: .vitalSigns, procedures: .procedures,
            assessment: .assessment, assessmentAndPlan: .assessment, planOfTreatment: .plan,
            instructions: .instructions, dischargeInstructions: .instructions, functionalStatus: .functionalStatus,
        ]
        /// The usual titles of the sections findings are read from, as letters cite them
        /// ("Problem list section, line 42").
        public static let titles: [String: String] = [
            problems: "Problem list", reasonForReferral: "Reason for referral",
            chiefComplaintAndReasonForVisit: "Chief complaint and reason for visit",
            historyOfPresentIllness: "History of present illness", planOfTreatment: "Plan of treatment",
            "29545-1": "Physical findings", assessment: "Assessment", assessmentAndPlan: "Assessment and plan",
            pastMedicalHistory: "Past medical history", procedures: "Procedures", medications: "Medications",
            allergies: "Allergies", socialHistory: "Social history", results: "Results", vitalSigns: "Vital signs",
            instructions: "Instructions", "61146-7": "Goals", chiefComplaint: "Chief complaint",
            reasonForVisit: "Reason for visit",
        ]
        public static let familyHistory = "10157-6"
        public static let socialHistory = "29762-2"
        public static let medications = "10160-0"
        public static let allergies = "48765-2"
        public static let results = "30954-2"
        public static let vitalSigns = "8716-3"
        public static let functionalStatus = "47420-5"

        /// Sections whose coded observations are never the client's diagnoses: allergies,
        /// medications, immunizations, family history, functional status (limitations and
        /// assistive devices such as "dependence on cane", not diagnoses), and the Australian
        /// medications and adverse reactions sections, and the IHE Pharmacy (CH eMedication)
        /// sections: pharmaceutical advice, medication treatment plan, dispense, prescription.
        public static let withoutDiagnoses: Set<String> = [
            "48765-2", "10160-0", "11369-6", "10157-6", "47420-5", "101.16146", "101.20113",
            "61357-0", "77604-7", "60590-7", "57828-6",
        ]
        /// Sections where only observations coded in a classification of diseases are diagnoses
        /// (an ICD-valued simple observation among lab results): results, vital signs, social
        /// history.
        public static let classificationsOnly: Set<String> = ["30954-2", "8716-3", "29762-2"]
    }

    /// Entry template ids (the root; the version extension does not matter here).
    public enum Template {
        /// A planned encounter (C-CDA Planned Encounter V2): in a Plan of Treatment, the
        /// provider's follow-up visit.
        public static let plannedEncounter = "2.16.840.1.113883.10.20.22.4.40"
        /// The moods of an encounter that is yet to happen: intended, appointment, requested.
        public static let plannedMoods: Set<String> = ["INT", "APT", "ARQ", "PRMS", "PRP"]
        /// Problem observations: C-CDA, IHE PCC, HITSP C83 / CCD.
        public static let problemObservations: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.4", "1.3.6.1.4.1.19376.1.5.3.1.4.5",
            "2.16.840.1.113883.10.20.1.28", "2.16.840.1.113883.3.88.11.83.7",
        ]
        /// CDA-CH: the root of its templates, whose `extension` names the template, and the
        /// level-1 (free text, no code) diagnosis of a CDA-CH diagnosis list.
        public static let cdaCH = "2.16.756.5.30.1.1.1.1.1"
        public static let diagnosisL1 = "CDA-CH.Body.DiagL1"
        /// Problem status observations (R1.1; deprecated in R2.1 but still written).
        public static let problemStatus: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.6", "1.3.6.1.4.1.19376.1.5.3.1.4.1.1", "2.16.840.1.113883.10.20.1.50",
        ]
        /// Concern acts (problem concern, health concern, IHE and CCD problem acts): their
        /// `statusCode` says whether the problems inside are still a concern.
        public static let concernActs: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.3", "2.16.840.1.113883.10.20.22.4.132",
            "1.3.6.1.4.1.19376.1.5.3.1.4.5.2", "2.16.840.1.113883.10.20.1.27",
        ]
        /// Entries whose nested coded observations are not the client's diagnoses: family
        /// history organizers and observations, medication indications, allergy intolerance,
        /// C-CDA functional status observations ("dependence on cane"), and the IHE internal
        /// reference, which points at a problem recorded elsewhere (a medication's indication).
        public static let notDiagnoses: Set<String> = [
            "2.16.840.1.113883.10.20.22.4.45", "2.16.840.1.113883.10.20.22.4.46",
            "2.16.840.1.113883.10.20.22.4.19", "2.16.840.1.113883.10.20.22.4.7",
            "2.16.840.1.113883.10.20.22.4.30", "2.16.840.1.113883.10.20.22.4.67",
            "1.3.6.1.4.1.19376.1.5.3.1.4.4.1",
        ]
    }

    /// Observation codes that mark a problem observation by structure (the C-CDA "Problem
    /// Type" value sets, SNOMED CT and LOINC forms), used where no known template id is present.
    public static let problemTypeCodes: Set<String> = [
        "282291009", "55607006", "404684003", "409586006", "64572001", "248536006", "418799008",
        "373930000", "439401001",
        "29308-4", "75326-9", "75325-1", "75324-4", "75323-6", "75322-8", "75321-0", "75318-6", "75315-2",
        "11450-4",
        // LOINC history and diagnosis codes, as DICOM code observations (2.16.840.1.113883.10.20.6.2.13)
        // of French imaging requests use them: history of past illness, history general, diagnosis.
        "11348-0", "11329-0", "29548-5",
    ]

    /// The LOINC code of a functional status observation (French ICF-valued "Statut fonctionnel").
    public static let functionalStatusCode = "54522-8"

    /// The LOINC code of a problem status observation.
    public static let problemStatusCode = "33999-4"
    /// The Australian "Date of Resolution/Remission" data component.
    public static let auDateOfResolution = "103.15510"
    /// Problem status values to the words Liaison reports: SNOMED CT (active, inactive, resolved,
    /// in remission), FHIR condition-clinical (`2.16.840.1.113883.4.642.1.1074`, also written with
    /// the allergy-clinical OID), HL7 ActStatus as some documents put it in a status value.
    public static let problemStatusNames: [String: String] = [
        "55561003": "active", "73425007": "inactive", "413322009": "resolved", "277022003": "remission",
        "active": "active", "recurrence": "recurrence", "relapse": "relapse", "inactive": "inactive",
        "remission": "remission", "resolved": "resolved", "completed": "resolved",
    ]
    /// English display names of status values whose code is missing or unknown, to the word
    /// reported; display names in other languages are not read.
    public static let problemStatusDisplayNames: [String: String] = [
        "active": "active", "inactive": "inactive", "resolved": "resolved", "remission": "remission",
        "in remission": "remission", "recurrence": "recurrence", "relapse": "relapse", "completed": "resolved",
        "no longer active": "inactive",
    ]

    /// The act code of a concern act (HL7 ActClass "CONC"), and its `statusCode` values in the
    /// words a problem list uses.
    public static let concernActCode = "CONC"
    public static let concernStatusNames: [String: String] = [
        "active": "active", "completed": "resolved", "suspended": "suspended", "aborted": "aborted",
    ]

    /// Code-system OIDs, and which of them classify diagnoses.
    public enum CodeSystems {
        public static let loinc = "2.16.840.1.113883.6.1"
        public static let snomedCT = "2.16.840.1.113883.6.96"
        public static let icd10CM = "2.16.840.1.113883.6.90"
        /// WHO ICD-10; French documents write CIM-10 with it (`codeSystemName="CIM-10"`).
        public static let icd10 = "2.16.840.1.113883.6.3"
        public static let icd10AM = "2.16.840.1.113883.6.135"
        public static let icd9CM = "2.16.840.1.113883.6.103"
        /// ICD-9-CM volume 3 (procedures), matched as ICD-9-CM.
        public static let icd9CMProcedures = "2.16.840.1.113883.6.104"
        /// ICD-11 MMS (French documents: "CIM-11").
        public static let icd11 = "2.16.840.1.113883.6.347"
        public static let icpc2 = "2.16.840.1.113883.6.139"
        /// HL7's OID for the German ICD-10 (DIMDI), retired in favour of the yearly DIMDI OIDs.
        public static let icd10German = "2.16.840.1.113883.6.3.3"
        /// ICD-10-GM by year of the DIMDI (now BfArM) catalogue, 2004 to 2019, as the medicats
        /// library names them (github.com/hhund/medicats, one class per version); the GrpInfo
        /// example of ALIS-Connect writes 1.2.276.0.76.5.384 beside "ICD-10-GM Version 2010".
        public static let icd10GMByYear: [String: Int] = [
            "1.2.276.0.76.5.302": 2004, "1.2.276.0.76.5.304": 2005, "1.2.276.0.76.5.311": 2006,
            "1.2.276.0.76.5.318": 2007, "1.2.276.0.76.5.330": 2008, "1.2.276.0.76.5.356": 2009,
            "1.2.276.0.76.5.384": 2010, "1.2.276.0.76.5.388": 2011, "1.2.276.0.76.5.409": 2012,
            "1.2.276.0.76.5.413": 2013, "1.2.276.0.76.5.417": 2014, "1.2.276.0.76.5.424": 2015,
            "1.2.276.0.76.5.430": 2016, "1.2.276.0.76.5.463": 2017, "1.2.276.0.76.5.471": 2018,
            "1.2.276.0.76.5.477": 2019,
        ]
        /// The Swiss ICD-10 (ICD-10-GM as the Federal Statistical Office prescribes it), and its
        /// yearly versions below it (2.16.756.5.30.1.126.3.2.2012 "ICD-10-GM 2010" in CDA-CH-MSET).
        /// CHOP, the Swiss procedure classification, is its sibling .3.1 and is not a diagnosis.
        public static let swissICD10 = "2.16.756.5.30.1.126.3.2"
        /// CIM-10 FR à usage PMSI (ATIH), ANS terminology TRE_R311-CIM10Atih.
        public static let cim10ATIH = "1.2.250.1.213.2.67"
        /// SNOMED 3.5 VF, the French SNOMED International; ANS documents use it for observation
        /// and organizer codes ("F-03400" vital signs), not for diagnoses.
        public static let snomed35 = "1.2.250.1.213.2.12"
        /// HL7 NullFlavor and the IPS absent/unknown codes ("no-problem-info"): no information.
        public static let nullFlavor = "2.16.840.1.113883.5.1008"
        public static let absentOrUnknown = "2.16.840.1.113883.5.1150.1"
        /// Risk categories of the Swiss vaccination record: exposure risks (an occupation, "bat
        /// researcher") are not the client's conditions; complication risks are.
        public static let swissExposureRisks = "2.16.756.5.30.1.127.3.3.2"
        /// TA_ASIP (ANS TRE_R308-TAASIP), the French local terminology. ANS problem entries value
        /// conditions in it ("Cancer", "Prématurité < 33 semaines") beside treatments, normal
        /// findings, event categories and family facts ("Antibiothérapie", "Émission d'urine",
        /// "Accident domestique", "Consanguinité"), and nothing in the structure tells them apart.
        public static let taASIP = "1.2.250.1.213.1.1.4.322"
        /// Local terminologies that code conditions and non-conditions alike, by OID with the name
        /// Liaison gives them: a problem valued only in one is read as text, for the trainer to
        /// confirm, never as a coded diagnosis.
        public static let mixedLocalTerminologies: [String: String] = [taASIP: CodeSystem.taASIP]

        /// Whether `oid` is a classification of diseases (any ICD-10 variant, ICD-9-CM, ICD-11):
        /// a code from it is a diagnosis wherever it is written.
        public static func isDiseaseClassification(_ oid: String) -> Bool {
            icd10Family(oid) != nil || oid == icd10AM || oid == icd9CM || oid == icd11
        }

        /// Whether a problem-type observation valued in `oid` is a diagnosis: the classifications,
        /// SNOMED CT and ICPC-2.
        public static func isDiagnosisSystem(_ oid: String) -> Bool {
            isDiseaseClassification(oid) || oid == snomedCT || oid == icpc2
        }

        /// Code systems whose codes are never the client's diagnosis, whatever template holds them:
        /// LOINC (a question, not an answer), no-information codes, exposure risks.
        public static let neverDiagnoses: Set<String> = [loinc, nullFlavor, absentOrUnknown, swissExposureRisks]

        /// The name Liaison gives an ICD-10 variant's OID, or nil when `oid` is none.
        public static func icd10Family(_ oid: String) -> String? {
            switch oid {
            case icd10CM: CodeSystem.icd10CM
            case icd10: CodeSystem.icd10
            case cim10ATIH: CodeSystem.cim10
            case icd10German, swissICD10: CodeSystem.icd10GM
            default:
                icd10GMByYear[oid] != nil || oid.hasPrefix(swissICD10 + ".") ? CodeSystem.icd10GM : nil
            }
        }

        /// The name of the code system `oid`: the realm's ICD-10 variants, ICD-11, SNOMED CT,
        /// ICD-9-CM and LOINC, else the OID itself.
        public static func name(forOID oid: String) -> String {
            if let icd10 = icd10Family(oid) { return icd10 }
            switch oid {
            case icd11: return CodeSystem.icd11
            case snomedCT: return CodeSystem.snomedCT
            case icd9CM: return CodeSystem.icd9CM
            case loinc: return CodeSystem.loinc
            default: return oid
            }
        }
    }

    /// Identifier roots.
    public enum Identifier {
        /// US National Provider Identifier.
        public static let npi = "2.16.840.1.113883.4.6"
    }

    /// HL7 v3 person names (`PN`): `name/@use` (EntityNameUse) and the part qualifiers
    /// (EntityNamePartQualifier) that decide which name and which parts a person is called by.
    public enum Name {
        /// Uses of the name to prefer: legal, official registry.
        public static let preferredUses: Set<String> = ["L", "OR"]
        /// Uses of a name that is not the one a person is called by: search, phonetic, soundex,
        /// alphabetic, ideographic and syllabic renderings, pseudonym.
        public static let avoidedUses: Set<String> = ["SRCH", "PHON", "SNDX", "ABC", "IDE", "SYL", "P"]
        /// Part qualifiers: birth, spouse, call-me (the French "nom/prénom utilisé"), initial,
        /// academic, professional, nobility, title.
        public static let birth = "BR"
        public static let spouse = "SP"
        public static let callMe = "CL"
        public static let initial = "IN"
    }

    /// `participant/@typeCode` values naming the referrer ("referrer", "referred by").
    public static let referrerParticipantTypes: Set<String> = ["REF", "REFB"]
}
