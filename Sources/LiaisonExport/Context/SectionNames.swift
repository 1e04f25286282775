import LiaisonEngine
import LiaisonModel

/// Where a fact was read, in words a provider recognises: the CDA section (by its LOINC code)
/// or the plain referral element, and the line.
enum Citation {
    /// LOINC section codes Liaison reads facts from, and their usual titles.
    static let sections: [String: String] = [
        "11450-4": "Problem list", "42349-1": "Reason for referral", "46239-0": "Chief complaint and reason for visit",
        "10164-2": "History of present illness", "18776-5": "Plan of treatment", "29545-1": "Physical findings",
        "51848-0": "Assessment", "51847-2": "Assessment and plan", "11348-0": "Past medical history",
        "47519-4": "Procedures", "10160-0": "Medications", "48765-2": "Allergies", "29762-2": "Social history",
        "30954-2": "Results", "8716-3": "Vital signs", "69730-0": "Instructions", "61146-7": "Goals",
        "10154-3": "Chief complaint", "29299-5": "Reason for visit", "header": "Document header",
    ]

    /// E.g. `Problem list section, line 42` or `restrictions section, line 12`.
    static func text(_ source: Provenance) -> String {
        let name: String
        if let known = sections[source.section] {
            name = source.section == "header" ? known : "\(known) section"
        } else if source.section.first?.isNumber == true {
            name = "section \(source.section)"
        } else {
            name = "\(source.section) section"  // the plain referral format's element name
        }
        return source.line.map { "\(name), line \($0)" } ?? name
    }
}

/// Contraindicated patterns in plain words.
enum PatternNames {
    static let names: [String: String] = [
        "flexion": "bending forward (lumbar flexion)", "extension": "arching back (lumbar extension)",
        "rotation": "twisting (rotation)", "axial-load": "load along the spine (axial load)",
        "impact": "high-impact work (running, jumping)", "valsalva": "breath-holding under strain (Valsalva)",
        "overhead": "reaching or lifting overhead", "external-load": "external load",
    ]

    static func text(_ pattern: String) -> String {
        if let name = names[pattern] { return name }
        if pattern.hasPrefix(PatternName.positionPrefix) {
            return "exercises in the \(pattern.dropFirst(PatternName.positionPrefix.count)) position"
        }
        return pattern
    }
}
