/// Other published cut-offs a letter mentions when they apply (DOMAIN.md section 5).
enum CutOffNotes {
    static func notes(for measure: OutcomeMeasure, baseline: Double, current: Double) -> [String] {
        var notes: [String] = []
        switch measure {
        case .odi:
            if baseline > 0, (baseline - current) / baseline >= 0.5 {
                notes.append("an improvement of 50% or more counts as success (Fritz 2009)")
            }
        case .rmdq:
            if baseline < 4 || baseline > 20 {
                notes.append("the RMDQ is insensitive to change below 4 and above 20 (Bombardier 2001)")
            }
            if current <= 2 { notes.append("a score of 2 or less counts as recovered (PMC2989296)") }
        case .nprs:
            if current == 0 { notes.append("a score of 0 counts as recovered (PMC2989296)") }
        case .psfs, .startBack:
            break
        }
        return notes
    }
}
