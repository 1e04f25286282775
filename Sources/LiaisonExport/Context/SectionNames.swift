import LiaisonModel

/// Where a fact was read, in words a provider recognises: the CDA section (its usual title, from
/// the one table of codes, ``CDAVocabulary/Section/titles``) or the plain referral element.
/// Line numbers mean nothing to a reader of the letter, so they are left out.
enum Citation {
    /// E.g. `Problem list section` or `restrictions section`.
    static func text(_ source: Provenance) -> String {
        let name: String
        if source.section == "header" {
            name = "Document header"
        } else if let known = CDAVocabulary.Section.titles[source.section] {
            name = "\(known) section"
        } else if source.section.first?.isNumber == true {
            name = "section \(source.section)"
        } else {
            name = "\(source.section) section"  // the plain referral format's element name
        }
        return name
    }
}

/// Contraindicated patterns in plain words.
enum PatternNames {
    static func text(_ pattern: Pattern) -> String {
        switch pattern {
        case .movement(.flexion): "bending forward (lumbar flexion)"
        case .movement(.extension): "arching back (lumbar extension)"
        case .movement(.rotation): "twisting (rotation)"
        case .movement(.axialLoad): "load along the spine (axial load)"
        case .movement(.overhead): "reaching or lifting overhead"
        case .impact: "high-impact work (running, jumping)"
        case .valsalva: "breath-holding under strain (Valsalva)"
        case .externalLoad: "external load"
        case .position(let position): "exercises in the \(position.rawValue) position"
        }
    }
}
