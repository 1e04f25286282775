import LiaisonModel

/// The words the phrase reader knows, as data. Each list says what it stands for; clinical
/// meanings follow ../shared/DOMAIN.md (section 3 for red flags, section 6 for restriction
/// wording). Phrases are lower-case word sequences after ``Tokenizer`` has dropped hyphens and
/// spelled out shorthand.
enum Lexicon {
    static func phrases(_ list: String...) -> [[String]] { list.map { $0.split(separator: " ").map(String.init) } }
    static func set(_ list: String...) -> PhraseSet<Void> {
        PhraseSet(list.map { $0.split(separator: " ").map(String.init) })
    }

    // MARK: Restriction language

    /// Cues before the thing they forbid: "no bending", "avoid twisting", "do not lift".
    /// "no" counts only when an activity follows it (see ``findingWords``).
    static let prohibitionBefore = set(
        "no", "avoid", "avoiding", "avoidance of", "do not", "not to", "refrain from", "must not", "should not",
        "may not", "limit", "limited to", "restrict", "restricted to", "restriction", "restrictions",
        "precautions", "precaution", "stop", "discontinue", "minimize", "minimise", "not more than", "no more than")
    /// Cues that make a weight figure a lifting cap: "max 20 lb", "up to 25 lb", "nothing heavier than".
    static let figureCues = set(
        "max", "maximum", "up to", "limit", "limited to", "restriction", "restrictions", "restricted to", "over",
        "more than", "greater than", ">", "≥", "above", "heavier than", "exceed", "exceeding", "in excess of", "under",
        "less than", "<", "≤", "below", "cap", "capped", "no heavier than", "no more than", "not more than")
    /// Cues after the thing they forbid: "bending should be avoided", "lifting is restricted".
    static let prohibitionAfter = set(
        "avoided", "not allowed", "not permitted", "prohibited", "contraindicated", "restricted", "limited",
        "precautions", "precaution", "not advised", "not recommended", "forbidden")
    /// Phrases that lift restrictions rather than set them: a clause with one sets nothing.
    static let permission = set(
        "no restrictions", "no restriction", "no limitations", "no precautions", "without restrictions",
        "without restriction", "may resume", "cleared for", "cleared to", "no activity restrictions",
        // Orders that cancel themselves (issue 9, item 7).
        "restrictions lifted", "restriction lifted", "restrictions are lifted", "restriction is lifted",
        "restriction has been lifted", "restrictions have been lifted", "has been lifted", "have been lifted",
        "is lifted", "are lifted", "no longer applies", "no longer apply", "no longer required", "no longer necessary",
        "no longer relevant", "no longer needed", "is discontinued", "are discontinued", "has been discontinued",
        "have been discontinued", "no need to avoid", "no longer need to avoid", "need not avoid",
        "does not need to avoid",
        "restrictions none", "restrictions : none", "restrictions : nil", "restrictions : n a", "nil restrictions",
        // Reports of what the client does or was once told, not orders.
        "has been avoiding", "is avoiding", "avoids", "previously told", "was told to avoid", "had been told",
        "had been advised", "works as", "job involves", "at work he lifts", "at work she lifts", "pain on lifting",
        "pain with lifting", "pain when lifting", "pain on bending", "pain with bending")
    /// Words after "no" that show it negates a finding, not an activity ("no pain with bending").
    static let findingWords: Set<String> = [
        "pain", "tenderness", "numbness", "tingling", "weakness", "fever", "history", "evidence", "sign", "signs",
        "change", "changes", "complaint", "complaints", "symptom", "symptoms", "new", "known", "acute", "improvement",
        "relief", "deficit", "deficits", "loss", "issues", "problems", "difficulty", "trauma", "injury", "red", "flags",
        "bleeding", "contractions", "swelling", "radiation", "radicular", "focal", "significant", "fracture",
        "longer", "other", "prior", "previous", "recent", "family", "current", "active", "chronic", "allergies",
        "medications", "tingling", "bowel", "bladder", "saddle", "chills", "urinary", "ongoing", "sphincter",
        "anaesthesia", "anesthesia", "cancer", "malignancy", "recurrence", "night", "sweats", "flag",
        "neurological", "neuro", "motor", "sensory", "incontinence", "retention", "concerns", "concern", "abnormality",
    ]
    /// Words that, right after "no" (or a few words after it), show it forbids an activity.
    static let activityModifiers: Set<String> = [
        "heavy", "high", "contact", "repetitive", "repeated", "prolonged", "loaded", "forward", "spinal", "lumbar",
        "strenuous", "vigorous", "excessive", "sustained", "end", "range", "combined", "deep", "resisted",
    ]
    /// Body parts whose flexion, extension or rotation is not the spine's ("knee extension").
    static let otherJoints: Set<String> = [
        "knee", "knees", "hip", "hips", "elbow", "elbows", "wrist", "wrists", "shoulder", "shoulders", "neck",
        "cervical", "ankle", "ankles", "finger", "fingers", "arm", "arms", "leg", "legs", "external", "internal",
        "toe", "thumb", "plantar", "dorsi",
    ]
    /// Clause words that end a cue's scope ("avoid flexion but extension is fine").
    static let scopeEnd: Set<String> = ["but", "however", "although", "though", "except", "unless", "whereas"]

    /// Words without which a clause can state no restriction: every rule needs a cue, a
    /// heart-rate word, a weight-bearing order or BLT. Clauses without one are skipped, which
    /// keeps long history narratives cheap. (Red flags are the concept reader's.)
    static let triggers: Set<String> = prohibitionBefore.firstWords.union(prohibitionAfter.firstWords)
        .union(figureCues.firstWords).union(blt.firstWords).union(heartRate.firstWords)
        .union(weightBearing.firstWords)

    /// Whether the rules need to look at a clause at all.
    static func mayMatter(_ tokens: [Token]) -> Bool { tokens.contains { triggers.contains($0.text) } }

    // MARK: Movements (DOMAIN.md section 6: bending = flexion, twisting = rotation, ...)

    static let movements = PhraseSet<Movement>(
        phrases(
            "bend", "bends", "bending", "bent", "stoop", "stooping", "flexion", "flex", "flexing", "forward bend",
            "forward bending", "toe touch", "toe touches", "touching toes", "sit ups", "situps", "crunch", "crunches",
            "curl ups", "flexed", "forward flexion"
        ).map { ($0, .flexion) }
            + phrases(
                "twist", "twists", "twisting", "rotation", "rotational", "rotating", "rotate", "torsion",
                "russian twists"
            ).map { ($0, .rotation) }
            + phrases(
                "extension", "hyperextension", "hyperextend", "hyperextending", "arch", "arching", "back bending",
                "backbends", "backbend", "bending backwards", "bending backward", "press ups", "pressups", "press up",
                "supermans", "superman", "back extension", "back extensions", "cobra"
            ).map { ($0, .extension) }
            + phrases(
                "overhead", "above shoulder", "above shoulder level", "above the shoulder", "above the shoulders",
                "above head", "above the head", "over head"
            ).map { ($0, .overhead) }
            + phrases(
                "axial load", "axial loading", "axial loads", "spinal loading", "spinal load", "heavy carrying",
                "heavy carry", "heavy carries", "heavy loads", "heavy load", "heavy lifting", "heavy objects",
                "loaded carries", "heavy weights", "heavy weight"
            ).map { ($0, .axialLoad) })

    /// "Bending, lifting, twisting": flexion, rotation and a lift cap.
    static let blt = set(
        "blt", "b l t", "bending lifting twisting", "bending lifting and twisting",
        "bending lifting or twisting", "bending twisting lifting", "blt precautions")

    // MARK: Lifting

    static let liftWords: Set<String> = [
        "lift", "lifts", "lifting", "lifted", "carry", "carrying", "carries", "weight", "weights", "load", "loads",
        "push", "pushing", "pull", "pulling", "heavier", "heavy", "objects", "anything", "dumbbell", "dumbbells",
        "kettlebell", "kettlebells", "barbell", "barbells",
    ]
    /// Words right before a weight figure that make it a cap with no lift word ("max 10 lb").
    static let capWords: Set<String> = ["max", "maximum", "limit", "cap", "than", "to", "under", "below", "<"]
    /// Words that make a heart-rate range a zone whose upper end is the cap.
    static let heartRateZones: Set<String> = ["zone", "target", "range", "between"]
    /// Words that make a weight figure the client's body weight, not a load ("weight loss of 10 lb").
    static let bodyWeightWords: Set<String> = ["loss", "lost", "losing", "gain", "gained", "weighs", "weighed", "bmi"]
    static let weightUnits: [String: WeightUnit] = ["lb": .lb, "kg": .kg]
    /// Words that make "lifting" something other than a plain weight cap ("overhead lifting").
    static let liftModifiers: Set<String> = ["overhead", "heavy"]
    /// Lift words that may mean the client's body weight unless firmly prohibited.
    static let weightWords: Set<String> = ["weight", "weights"]
    /// Lifting itself, forbidden with no figure: a cap of 0 lb.
    static let plainLiftWords: Set<String> = ["lift", "lifts", "lifting", "lifted", "carry", "carrying", "carries"]
    /// Verbs of a report ("heart rate was less than 60"), not an order.
    static let reportVerbs: Set<String> = ["was", "were", "is", "measured"]

    // MARK: Impact, positions, heart rate, weight-bearing

    static let impact = set(
        "run", "running", "runs", "jog", "jogging", "jump", "jumping", "jumps", "hop", "hopping", "plyometric",
        "plyometrics", "high impact", "impact", "impact activities", "impact activity", "ballistic", "bounding",
        "sprinting", "sprint", "skipping", "jump rope", "box jumps")
    static let positions = PhraseSet<BodyPosition>(
        phrases(
            "supine", "flat on back", "flat on the back", "on your back", "on the back", "on her back",
            "on his back", "lying flat"
        ).map { ($0, .supine) }
            + phrases(
                "prone", "on your stomach", "on the stomach", "on her stomach", "on his stomach", "face down",
                "on the belly", "on your belly"
            ).map { ($0, .prone) }
            + phrases("kneeling", "kneel", "high kneeling", "half kneeling").map { ($0, .kneeling) }
            + phrases("quadruped", "all fours", "on all fours", "hands and knees", "four point kneeling")
            .map { ($0, .quadruped) }
            + phrases("side lying", "sidelying", "lying on the side", "lying on her side", "lying on his side")
            .map { ($0, .sideLying) }
            + phrases("seated", "seated exercise", "seated exercises").map { ($0, .seated) })
    /// Words after a position word that make it an exercise name, not a position ("prone press-ups").
    static let positionExerciseWords: Set<String> = ["press", "pressups", "extension", "extensions"]
    /// Words that make a sentence stating only a duration speak of the block's restrictions
    /// ("These precautions apply for 6 weeks"), unlike history ("Low back pain for 6 weeks").
    static let durationSubjects: Set<String> = [
        "precautions", "precaution", "restrictions", "restriction", "limitations", "apply", "applies", "remain",
        "continue", "these", "above",
    ]
    /// Cues that are commands, so count only at the start of a clause.
    static let commands: Set<String> = ["stop", "discontinue"]
    /// Words before "precautions" or "restrictions" that point back at restrictions stated
    /// elsewhere ("These precautions apply for 6 weeks"), so the clause states none itself.
    static let pointers: Set<String> = ["these", "those", "above", "all", "such", "the", "same"]
    static let heartRate = set("hr", "heart rate", "pulse", "heart rates", "hr max", "max hr")
    static let heartRateLimits = set(
        "<", "≤", "under", "below", "less than", "not exceed", "not to exceed", "not above", "not over",
        "no higher than", "no more than", "max", "maximum", "limit", "cap", "keep", "up to", "at most", "not >",
        "ceiling", "upper limit", "zone", "target")
    static let weightBearing = PhraseSet<WeightBearingStatus>(
        phrases("wbat", "weight bearing as tolerated", "weightbearing as tolerated", "wb as tolerated")
            .map { ($0, .wbat) }
            + phrases("nwb", "non weight bearing", "nonweightbearing", "non weightbearing", "no weight bearing")
            .map { ($0, .nwb) }
            + phrases(
                "pwb", "partial weight bearing", "partial weightbearing", "partial wb", "partially weight bearing"
            )
            .map { ($0, .pwb) }
            + phrases(
                "ttwb", "tdwb", "toe touch weight bearing", "touch down weight bearing",
                "toe touch weightbearing", "touchdown weight bearing", "feather weight bearing",
                "feather weightbearing",
                "feather touch weight bearing", "touch weight bearing", "touch down wb", "touchdown wb", "toe touch wb",
                "feather wb"
            ).map { ($0, .ttwb) }
            + phrases("fwb", "full weight bearing", "full weightbearing").map { ($0, .fwb) })
    /// A weight-bearing phrase followed by one of these names a kind of exercise, not an order.
    static let exerciseNouns: Set<String> = [
        "exercise", "exercises", "activity", "activities", "cardio", "aerobic", "aerobics", "training", "work",
        "program", "options", "option", "conditioning",
    ]
}
