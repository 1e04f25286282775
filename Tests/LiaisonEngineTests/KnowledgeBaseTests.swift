import LiaisonEngine
import LiaisonModel
import Testing

/// The built-in knowledge base holds what the issue asks for.
struct KnowledgeBaseTests {
    static let requiredExercises = [
        "pelvic-tilt", "cat-camel", "bird-dog", "dead-bug", "side-plank", "mcgill-curl-up", "front-plank",
        "glute-bridge", "clamshell", "prone-press-up", "standing-back-extension", "knee-to-chest", "childs-pose",
        "lower-trunk-rotation", "hamstring-stretch", "toe-touch", "piriformis-stretch", "hip-flexor-stretch",
        "hip-hinge-drill", "sit-to-stand", "goblet-squat", "deadlift", "kettlebell-swing", "farmer-carry",
        "pallof-press", "cable-wood-chop", "russian-twist", "crunch", "sit-up", "back-extension-machine", "superman",
        "overhead-press", "walking", "stationary-cycling", "aquatic-walking", "running", "box-jump",
    ]

    @Test func libraryHasEveryRequiredExerciseAndAtLeastForty() {
        let base = Fixtures.base
        #expect(base.exercises.count >= 40)
        for id in Self.requiredExercises { #expect(base.exercise(id) != nil, "missing \(id)") }
        #expect(Set(base.exercises.map(\.category)) == Set(Exercise.Category.allCases))
        #expect(Set(base.exercises.map(\.position)) == Set(BodyPosition.allCases))
    }

    @Test func exerciseTagsFollowTheDomainTable() {
        let base = Fixtures.base
        #expect(base.exercise("crunch")?.patterns == [.movement(.flexion)])
        #expect(base.exercise("russian-twist")?.patterns == [.movement(.flexion), .movement(.rotation)])
        #expect(base.exercise("prone-press-up")?.position == .prone)
        #expect(base.exercise("box-jump")?.impact == true && base.exercise("walking")?.impact == false)
        #expect(base.exercise("farmer-carry")?.load != nil && base.exercise("bird-dog")?.load == nil)
    }

    @Test(arguments: [
        ("M54.50", "nonspecific-lbp"), ("M54.41", "sciatica-radiculopathy"), ("M54.16", "sciatica-radiculopathy"),
        ("M51.17", "lumbar-disc-herniation"), ("M51.370", "degenerative-disc-disease"),
        ("M48.061", "lumbar-stenosis"), ("M43.17", "spondylolisthesis"), ("M43.07", "spondylolysis"),
        ("M47.817", "facet-spondylosis"), ("S33.6XXA", "sacroiliac-dysfunction"),
        ("S33.5XXA", "strain-sprain-spasm"), ("M96.1", "post-surgical-spine"), ("M48.56XA", "osteoporosis"),
        ("M45.9", "ankylosing-spondylitis"), ("M41.126", "scoliosis"), ("O26.893", "pregnancy-lbp"),
    ])
    func everyConditionOfTheIssueIsSelectedByItsCode(code: String, condition: String) throws {
        let found = try #require(Fixtures.base.conditions.first { $0.id == condition })
        let key = CodePattern.normalize(code)
        #expect(
            found.codes.contains {
                $0.system == CodeSystem.icd10CM && ($0.isPrefix ? key.hasPrefix($0.key) : key == $0.key)
            })
    }

    @Test func wrongCodesFromTheDomainNotesAreNotUsed() {
        // O92.x / O09.x are not pregnancy back pain; SNOMED 76107001 is stenosis, not herniation.
        #expect(Fixtures.plan(["O92.2"]).protocols.map(\.id) == ["nonspecific-lbp"])
        let stenosis = Fixtures.planner.plan(
            for: Fixtures.referral([Fixtures.diagnosis("76107001", CodeSystem.snomedCT)]), on: Fixtures.date)
        #expect(stenosis.protocols.map(\.id) == ["lumbar-stenosis"])
    }

    @Test func unverifiedCodesSayWhy() {
        for code in Fixtures.base.conditions.flatMap(\.codes) where !code.verified {
            #expect(code.note?.isEmpty == false, "\(code.written) is unverified without a note")
        }
    }
}
