/// Real-world wordings and exactly what the phrase reader must yield for each.
///
/// Each finding is written compactly: `max-lift 15 lb`, `avoid-movement flexion`, `no-impact`,
/// `max-heart-rate 120`, `avoid-position supine`, `weight-bearing WBAT`, `other`, with
/// ` until YYYY-MM-DD` when it ends; red flags as `flag <kind>`, questions for the provider
/// as `review <kind>` (a suspected fracture is a question, a suspected cauda equina a red flag). The document date is
/// 2026-11-02; rows marked `surgery` also know a surgery date of 2026-09-28.
struct PhraseRow {
    let text: String
    let surgery: Bool
    let expected: [String]

    init(_ text: String, surgery: Bool = false, _ expected: [String]) {
        self.text = text
        self.surgery = surgery
        self.expected = expected
    }
}

let phraseTable: [PhraseRow] = [
    // Lifting caps: units, comparison words, figures before and after.
    PhraseRow("No lifting over 15 lb.", ["max-lift 15 lb"]),
    PhraseRow("No lifting > 20 lbs", ["max-lift 20 lb"]),
    PhraseRow("no lifting more than 10 pounds", ["max-lift 10 lb"]),
    PhraseRow("Lifting restriction: 15-lb maximum.", ["max-lift 15 lb"]),
    PhraseRow("Max lift 25#", ["max-lift 25 lb"]),
    PhraseRow("Do not lift anything heavier than 5 kg.", ["max-lift 5 kg"]),
    PhraseRow("Limit lifting to 40 lb with a neutral spine.", ["max-lift 40 lb"]),
    PhraseRow("May lift up to 2.5 kilos.", ["max-lift 2.5 kg"]),
    PhraseRow("No lifting greater than 1 pound", ["max-lift 1 lb"]),
    PhraseRow("Patient should not carry more than 10lbs.", ["max-lift 10 lb"]),
    PhraseRow("No lifting.", ["max-lift 0 lb"]),
    PhraseRow("Refrain from lifting until cleared by surgeon.", ["max-lift 0 lb"]),
    PhraseRow("Patient lifts 50 lb boxes at work.", []),
    // A heading that introduces a list instructs nothing by itself.
    PhraseRow("Exercise restrictions:", []),
    PhraseRow("Restrictions: no lifting over 15 lb.", ["max-lift 15 lb"]),
    // Movements, lists of movements, negation words.
    PhraseRow("Avoid bending and twisting.", ["avoid-movement flexion", "avoid-movement rotation"]),
    PhraseRow(
        "No bending, lifting or twisting.",
        ["avoid-movement flexion", "avoid-movement rotation", "max-lift 0 lb"]),
    PhraseRow("Don't stoop.", ["avoid-movement flexion"]),
    PhraseRow("Avoid forward flexion of the lumbar spine.", ["avoid-movement flexion"]),
    PhraseRow("No sit-ups, crunches or toe touches.", ["avoid-movement flexion"]),
    PhraseRow("Must not twist the trunk; rotation exercises are contraindicated.", ["avoid-movement rotation"]),
    PhraseRow("No hyperextension or arching exercises.", ["avoid-movement extension"]),
    PhraseRow("Avoid back-bending and prone press-ups.", ["avoid-movement extension"]),
    PhraseRow("Extension exercises should be avoided.", ["avoid-movement extension"]),
    PhraseRow("Avoid overhead lifting.", ["avoid-movement overhead"]),
    PhraseRow("No reaching above shoulder level.", ["avoid-movement overhead"]),
    PhraseRow("Avoid axial loading and heavy carrying.", ["avoid-movement axial-load"]),
    PhraseRow("No heavy lifting.", ["avoid-movement axial-load"]),
    PhraseRow("Avoid knee extension against resistance.", ["other"]),
    PhraseRow("Flexion-biased exercises are fine.", []),
    PhraseRow("No pain with bending today.", []),
    PhraseRow("Avoid flexion but extension is encouraged.", ["avoid-movement flexion"]),
    // BLT precautions.
    PhraseRow("BLT precautions", ["avoid-movement flexion", "avoid-movement rotation", "max-lift 0 lb"]),
    PhraseRow(
        "Strict BLT precautions, no lifting over 10 lbs.",
        ["avoid-movement flexion", "avoid-movement rotation", "max-lift 10 lb"]),
    PhraseRow(
        "Bending, lifting, twisting precautions x 6 wks",
        [
            "avoid-movement flexion until 2026-12-14", "avoid-movement rotation until 2026-12-14",
            "max-lift 0 lb until 2026-12-14",
        ]),
    // Impact.
    PhraseRow("No running or jumping.", ["no-impact"]),
    PhraseRow("Avoid high-impact activities.", ["no-impact"]),
    PhraseRow("avoid plyometrics", ["no-impact"]),
    PhraseRow("Low-impact cardio such as cycling is encouraged.", []),
    // Heart rate.
    PhraseRow("Keep HR < 120.", ["max-heart-rate 120"]),
    PhraseRow("Heart rate under 130 bpm during exercise.", ["max-heart-rate 130"]),
    PhraseRow("Do not exceed a pulse of 110.", ["max-heart-rate 110"]),
    PhraseRow("HR 72, BP 128/80.", []),
    // Positions.
    PhraseRow("Avoid supine exercises after 20 weeks.", ["avoid-position supine"]),
    PhraseRow("No prone lying.", ["avoid-position prone"]),
    PhraseRow("Avoid lying flat on back.", ["avoid-position supine"]),
    // Weight-bearing.
    PhraseRow("WBAT", ["weight-bearing WBAT"]),
    PhraseRow("NWB left lower extremity", ["weight-bearing NWB"]),
    PhraseRow("Partial weight bearing right leg for 4 weeks", ["weight-bearing PWB until 2026-11-30"]),
    PhraseRow("Toe-touch weight bearing", ["weight-bearing TTWB"]),
    PhraseRow("Full weight-bearing as tolerated.", ["weight-bearing FWB"]),
    PhraseRow("Non-weight-bearing exercise such as swimming is a good option.", []),
    // Durations.
    PhraseRow("Avoid bending for 6 weeks.", ["avoid-movement flexion until 2026-12-14"]),
    PhraseRow("No lifting >10 lb x 6 wks", ["max-lift 10 lb until 2026-12-14"]),
    PhraseRow("No running for 6-8 weeks.", ["no-impact until 2026-12-28"]),
    PhraseRow("No jumping for three months.", ["no-impact until 2027-02-02"]),
    PhraseRow("No twisting for 10 days", ["avoid-movement rotation until 2026-11-12"]),
    PhraseRow(
        "No bending until 12 weeks post-op.", surgery: true, ["avoid-movement flexion until 2026-12-21"]),
    PhraseRow("No bending until 12 weeks post-op.", ["avoid-movement flexion"]),
    PhraseRow("Avoid twisting until 2026-12-01.", ["avoid-movement rotation until 2026-12-01"]),
    PhraseRow("No lifting over 20 lbs until 12/01/2026.", ["max-lift 20 lb until 2026-12-01"]),
    PhraseRow("Avoid running through December 1, 2026.", ["no-impact until 2026-12-01"]),
    PhraseRow("No lifting over 20 lbs until reassessed.", ["max-lift 20 lb"]),
    PhraseRow("Low back pain for 6 weeks. Avoid bending.", ["avoid-movement flexion"]),
    PhraseRow("Heart rate was less than 60 at rest.", []),
    PhraseRow(
        "No bending or twisting. These precautions apply for 6 weeks.",
        ["avoid-movement flexion until 2026-12-14", "avoid-movement rotation until 2026-12-14"]),
    PhraseRow(
        "No running or jumping for 8 weeks; avoid high-impact training.", ["no-impact until 2026-12-28"]),
    // Unclassified instructions are kept as `other`; one that holds exercise is a question instead.
    PhraseRow("Do not start exercise until cleared.", ["review hold-exercise"]),
    // A table's "Start:" label is no order to wait, and independence in the toilet is no sign.
    PhraseRow("Take 1 daily in the morning 1 hour before breakfast. Start: 20-Sep-2016", []),
    PhraseRow("Independent in toilet: Yes", []),
    PhraseRow("Avoid prolonged sitting.", ["other"]),
    PhraseRow("Walk 20 minutes daily.", []),
    // Red flags, and their negations.
    PhraseRow("Reports new urinary retention and saddle numbness.", ["flag cauda-equina"]),
    PhraseRow("Denies saddle anesthesia.", []),
    PhraseRow("No bowel or bladder changes.", []),
    PhraseRow("Negative for fever.", []),
    PhraseRow("Progressive leg weakness over two weeks.", ["flag progressive-neurological-deficit"]),
    PhraseRow(
        "Progressive right leg weakness over the past week (ankle dorsiflexion 4-/5, was 5/5).",
        ["flag progressive-neurological-deficit"]),
    PhraseRow("No progressive weakness.", []),
    PhraseRow("Increasing pain with walking.", []),
    PhraseRow("History of breast cancer, treated 2019.", ["flag cancer-history"]),
    PhraseRow("Family history of cancer.", []),
    PhraseRow("Mother had colon cancer.", []),
    PhraseRow("Fever and chills for 3 days.", ["flag possible-infection"]),
    PhraseRow("Take acetaminophen 500 mg every 6 hours as needed for pain or fever.", []),
    PhraseRow("Call if you develop fever.", []),
    PhraseRow("Unexplained weight loss of 10 lb.", ["flag unexplained-weight-loss"]),
    PhraseRow("Night pain.", ["flag night-pain"]),
    PhraseRow("Denies fever but reports night pain.", ["flag night-pain"]),
    PhraseRow("No history of cancer.", []),
    PhraseRow("Suspected compression fracture after a fall.", ["review possible-fracture"]),
    PhraseRow("Healed L1 compression fracture, no new trauma.", []),
    PhraseRow("Saddle anesthesia: none. Fever: negative.", []),
    PhraseRow("Hay fever in spring.", []),
    PhraseRow("Go to the emergency department if numbness spreads or you cannot pass urine.", []),
    PhraseRow("IV drug use.", ["flag possible-infection"]),
    PhraseRow(
        "Denies saddle anesthesia, bowel or bladder changes. No fever or unexplained weight loss.", []),
    // More wordings seen in referrals.
    PhraseRow("Lifting restriction of 15 pounds.", ["max-lift 15 lb"]),
    PhraseRow("Carry nothing heavier than 15 lbs.", ["max-lift 15 lb"]),
    PhraseRow("Max 20# lifting", ["max-lift 20 lb"]),
    PhraseRow("Avoid lifting > 5 kilos above the shoulder.", ["max-lift 5 kg", "avoid-movement overhead"]),
    PhraseRow("Refrain from jumping and from lying supine.", ["no-impact", "avoid-position supine"]),
    PhraseRow("Must not run until 1 December 2026.", ["no-impact until 2026-12-01"]),
    PhraseRow("10 lb lifting limit", ["max-lift 10 lb"]),
    PhraseRow("No lifting >10#", ["max-lift 10 lb"]),
    PhraseRow(
        "Do not lift more than 20lbs for the next 4 weeks.", ["max-lift 20 lb until 2026-11-30"]),
    PhraseRow("Avoid repetitive bending.", ["avoid-movement flexion"]),
    PhraseRow("No overhead reaching.", ["avoid-movement overhead"]),
    PhraseRow("No prolonged standing.", ["other"]),
    PhraseRow("NWB x 6 weeks", ["weight-bearing NWB until 2026-12-14"]),
    PhraseRow("Max HR 130", ["max-heart-rate 130"]),
    PhraseRow("Keep heart rate below 120 bpm.", ["max-heart-rate 120"]),
    PhraseRow("Avoid lying on your stomach.", ["avoid-position prone"]),
    PhraseRow("Avoid bending through 12/1/26.", ["avoid-movement flexion until 2026-12-01"]),
    PhraseRow("Perianal numbness and bladder incontinence.", ["flag cauda-equina"]),
    PhraseRow("No saddle anesthesia.", []),
    PhraseRow("Denies night pain.", []),
    PhraseRow("Fever 101.2 since Tuesday.", ["flag possible-infection"]),
    PhraseRow("No unexplained weight loss.", []),
    PhraseRow("h/o prostate cancer", ["flag cancer-history"]),
    PhraseRow("s/p L4-5 laminectomy", []),
    PhraseRow("r/o compression fracture", ["review possible-fracture"]),
    PhraseRow("Compression fracture ruled out on X-ray.", []),
    PhraseRow("Pain wakes him at night.", ["flag night-pain"]),
    // Wordings from the public CDA corpus that must stay quiet.
    PhraseRow("Stop Date", []),
    PhraseRow("Diet shows a high carbohydrate intake and little to no exercise.", []),
    PhraseRow("Keep weight under 95kg.", []),
    PhraseRow("No immunizations administered during visit", []),
    PhraseRow("Patient may continue to experience low grade fever and chills", []),
    PhraseRow("Prognosis: Presence of a life limiting condition", []),
    PhraseRow("No heavy lifting, straining, or nose blowing.", ["avoid-movement axial-load"]),
    PhraseRow("Stop any exercise that sends pain further down the leg.", ["other"]),
    // Mixed blocks.
    PhraseRow(
        "Saddle numbness; avoid bending.", ["flag cauda-equina", "avoid-movement flexion"]),
    // Issue 9, item 7: orders that cancel themselves, number words, ranges (the stricter end),
    // touch-down, feather and partial weight bearing, heart-rate ceilings, "6/52", positions.
    PhraseRow("Restrictions lifted; may return to full activity.", []),
    PhraseRow("The lifting restriction no longer applies.", []),
    PhraseRow("No need to avoid bending any more.", []),
    PhraseRow("Earlier advice to avoid overhead work is discontinued.", []),
    PhraseRow("Lifting restriction lifted; still no running for 4 weeks.", ["no-impact until 2026-11-30"]),
    PhraseRow("He should not lift more than fifteen pounds.", ["max-lift 15 lb"]),
    PhraseRow("Lift no more than twenty kilos.", ["max-lift 20 kg"]),
    PhraseRow("Lifting limit 10-15 lb.", ["max-lift 10 lb"]),
    PhraseRow("No lifting over 10 to 15 pounds.", ["max-lift 10 lb"]),
    PhraseRow("Touch-down weight bearing on the right.", ["weight-bearing TTWB"]),
    PhraseRow("Feather weight bearing only.", ["weight-bearing TTWB"]),
    PhraseRow("Partial WB with crutches.", ["weight-bearing PWB"]),
    PhraseRow("HR ceiling 115.", ["max-heart-rate 115"]),
    PhraseRow("Keep HR under 120-130.", ["max-heart-rate 120"]),
    PhraseRow("Target HR zone 100-125 bpm.", ["max-heart-rate 125"]),
    PhraseRow("No lifting 6/52.", ["max-lift 0 lb until 2026-12-14"]),
    PhraseRow("No running for 3/12.", ["no-impact until 2027-02-02"]),
    PhraseRow("No kneeling or quadruped positions.", ["avoid-position kneeling", "avoid-position quadruped"]),
    PhraseRow("Avoid side-lying on the operated side.", ["avoid-position side-lying"]),
    PhraseRow("No weight loss.", []),
    PhraseRow("Works as a warehouse picker, lifting up to 20 kg.", []),
]
