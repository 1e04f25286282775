import LiaisonModel

/// Red-flag wording (../shared/DOMAIN.md section 3) and the cues that negate, relocate or
/// hypothesise it, as data.
enum RedFlagLexicon {
    private static func entries(_ kind: RedFlag.Kind, _ list: [String]) -> [(phrase: [String], value: RedFlag.Kind)] {
        list.map { ($0.split(separator: " ").map(String.init), kind) }
    }

    /// Phrases that raise a red flag when asserted about the client.
    static let signs = PhraseSet<RedFlag.Kind>(
        entries(
            .caudaEquina,
            [
                "saddle anesthesia", "saddle anaesthesia", "saddle numbness", "saddle paresthesia",
                "saddle paraesthesia",
                "saddle area numbness", "saddle hypoesthesia", "perianal numbness", "perineal numbness",
                "urinary retention", "retention of urine", "bladder retention", "bowel incontinence",
                "bladder incontinence", "fecal incontinence", "faecal incontinence", "loss of bladder control",
                "loss of bowel control", "bowel or bladder dysfunction", "bladder or bowel dysfunction",
                "bowel and bladder dysfunction", "bladder dysfunction", "bowel dysfunction", "bowel or bladder changes",
                "bladder or bowel changes", "bowel and bladder changes", "bladder changes", "bowel changes",
                "cauda equina", "new incontinence", "overflow incontinence", "sexual dysfunction",
                "difficulty passing urine", "unable to void", "cannot pass urine",
            ])
            + entries(
                .progressiveNeurologicalDeficit,
                [
                    "progressive weakness", "progressive leg weakness", "progressive neurological deficit",
                    "progressive neurologic deficit", "progressive neurological deficits", "worsening weakness",
                    "worsening leg weakness", "bilateral leg weakness", "progressive numbness", "foot drop",
                    "progressive motor deficit", "worsening neurological deficit", "worsening neurologic deficit",
                ])
            + entries(
                .possibleFracture,
                [
                    "suspected fracture", "possible fracture", "probable fracture", "suspected vertebral fracture",
                    "suspected compression fracture", "acute fracture", "acute compression fracture",
                    "acute vertebral fracture", "new compression fracture", "new vertebral fracture", "major trauma",
                    "significant trauma", "rule out fracture", "rule out compression fracture",
                    "rule out vertebral fracture", "fracture suspected",
                ])
            + entries(
                .cancerHistory,
                [
                    "history of cancer", "history of malignancy", "cancer history", "metastatic", "metastasis",
                    "metastases",
                    "malignancy", "carcinoma", "lymphoma", "myeloma", "sarcoma", "leukemia", "leukaemia", "cancer",
                ])
            + entries(
                .possibleInfection,
                [
                    "fever", "fevers", "febrile", "chills", "rigors", "night sweats", "iv drug use",
                    "intravenous drug use",
                    "ivdu", "injection drug use", "immunosuppressed", "immunosuppression", "immunocompromised",
                    "recent infection", "spinal infection", "osteomyelitis", "discitis", "epidural abscess",
                ])
            + entries(
                .unexplainedWeightLoss,
                [
                    "unexplained weight loss", "unintentional weight loss", "unintended weight loss",
                    "involuntary weight loss", "unexplained loss of weight", "weight loss without trying",
                ])
            + entries(
                .nightPain,
                [
                    "night pain", "pain at night", "pain worse when lying down", "worse at night", "night time pain",
                    "nocturnal pain", "pain worse at night", "pain worse lying down",
                    "pain when lying down", "pain lying down", "nighttime pain", "wakes at night", "wakes him at night",
                    "wakes her at night", "wakes up at night",
                    "wakes them at night", "wakes me at night",
                    "waking at night with pain", "rest pain", "pain at rest", "awakens at night",
                ]))

    /// Words of worsening and the deficits they make a red flag when close together.
    static let worsening: Set<String> = ["progressive", "progressively", "worsening", "increasing"]
    static let deficits: Set<String> = ["weakness", "deficit", "deficits", "numbness", "drop"]

    /// Cues before a sign that deny it: "denies saddle anesthesia", "negative for fever".
    static let negationBefore = Lexicon.set(
        "no", "not", "denies", "denied", "deny", "negative for", "without", "free of", "absence of", "absent",
        "no history of", "no evidence of", "no signs of", "no sign of", "no complaints of", "never", "nor",
        "ruled out", "rules out", "neither", "resolved", "no further")
    /// Cues after a sign that deny it: "fever: none", "saddle anesthesia absent", "cancer ruled out".
    static let negationAfter = Lexicon.set(
        "none", "negative", "absent", "denied", "ruled out", "resolved", "not present", "unlikely", "no")
    /// Words that end a negation's scope ("denies fever but reports night pain").
    static let scopeEnd: Set<String> = [
        "but", "however", "although", "though", "except", "yet", "reports", "reported", "complains", "endorses",
        "admits", "positive", "presents", "has", "now", "apart", "aside", "which", "who",
    ]
    /// Words showing a sign belongs to someone else ("family history of cancer", "mother").
    static let otherPeople: Set<String> = [
        "family", "mother", "father", "sister", "brother", "aunt", "uncle", "grandmother", "grandfather", "son",
        "daughter", "parent", "parents", "sibling", "siblings", "cousin", "maternal", "paternal", "wife", "husband",
    ]
    /// Words showing the clause is hypothetical, educational or about medicine, not a finding:
    /// "call if fever", "take for pain or fever", "signs of infection such as fever".
    /// These count before the sign in the same clause.
    static let hypothetical: Set<String> = [
        "if", "should", "call", "contact", "seek", "return", "watch", "monitor", "report", "signs", "symptoms",
        "prn", "needed", "take", "taking", "risk", "screening", "screen", "prevention", "vaccine", "vaccination",
        "educated", "education", "instructed", "precautions", "unless", "when", "whenever", "until", "any",
        "may", "might", "could", "goal", "goals",
    ]
    /// A clause about medicine (doses, tablets) raises no red flag anywhere in it.
    static let medication: Set<String> = [
        "mg", "mcg", "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "dose", "doses", "dosage", "prn",
        "acetaminophen", "ibuprofen", "tylenol", "paracetamol", "aspirin", "ml",
    ]
    /// Words before a sign that make it something else ("hay fever", "yellow fever vaccine").
    static let notTheSign: Set<String> = [
        "hay", "rheumatic", "scarlet", "yellow", "typhoid", "dengue", "valley", "skin", "basal", "squamous",
    ]
}
