import LiaisonEngine
import LiaisonModel
import Testing

/// The examples and one row per condition: codes and restrictions in; the exercises that
/// must be excluded and the ones that must appear in the plan out.
struct ScenarioTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var codes: [String]
        var restrictions: [Restriction] = []
        var excluded: [String]
        var planned: [String]
        var protocols: [String]
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(
            name: "disc herniation", codes: ["M51.26"], excluded: ["crunch", "sit-up", "russian-twist", "toe-touch"],
            planned: ["prone-press-up", "bird-dog", "walking"], protocols: ["disc-herniation"]),
        Row(
            name: "lumbar stenosis", codes: ["M48.062"],
            excluded: ["prone-press-up", "back-extension-machine", "standing-back-extension", "superman"],
            planned: ["stationary-cycling", "knee-to-chest"], protocols: ["lumbar-stenosis"]),
        Row(
            name: "avoid supine exercises", codes: ["M54.50"],
            restrictions: [Fixtures.restriction(.avoidPosition(.supine), "Avoid supine exercises")],
            excluded: ["dead-bug", "glute-bridge", "pelvic-tilt", "crunch"], planned: ["bird-dog", "walking"],
            protocols: ["nonspecific-lbp"]),
        Row(
            name: "nonspecific low back pain", codes: ["M54.59"], excluded: [],
            planned: ["pelvic-tilt", "bird-dog", "walking", "deadlift"], protocols: ["nonspecific-lbp"]),
        Row(
            name: "sciatica", codes: ["M54.41"], excluded: ["crunch", "sit-up", "deadlift"],
            planned: ["walking", "side-plank"], protocols: ["radiculopathy"]),
        Row(
            name: "degenerative disc disease (FY2025 child code)", codes: ["M51.360"],
            excluded: ["crunch", "sit-up", "toe-touch"], planned: ["bird-dog", "side-plank"],
            protocols: ["degenerative-disc"]),
        Row(
            name: "spondylolisthesis", codes: ["M43.16"],
            excluded: ["prone-press-up", "superman", "back-extension-machine", "running", "box-jump"],
            planned: ["pelvic-tilt", "dead-bug"], protocols: ["spondylolisthesis"]),
        Row(
            name: "spondylolysis", codes: ["M43.06"], excluded: ["standing-back-extension", "box-jump"],
            planned: ["knee-to-chest", "side-plank"], protocols: ["spondylolisthesis"]),
        Row(
            name: "facet spondylosis", codes: ["M47.816"],
            excluded: ["prone-press-up", "lower-trunk-rotation", "cable-wood-chop"], planned: ["knee-to-chest"],
            protocols: ["facet-spondylosis"]),
        Row(
            name: "sacroiliac dysfunction", codes: ["M46.1"], excluded: ["running", "box-jump"],
            planned: ["clamshell", "glute-bridge"], protocols: ["sacroiliac"]),
        Row(
            name: "strain", codes: ["S39.012A"], excluded: [], planned: ["walking", "bird-dog"],
            protocols: ["strain-sprain"]),
        Row(
            name: "muscle spasm", codes: ["M62.830"], excluded: [], planned: ["cat-camel"], protocols: ["strain-sprain"]
        ),
        Row(
            name: "post-fusion without a surgery date", codes: ["Z98.1"],
            excluded: ["crunch", "lower-trunk-rotation", "goblet-squat", "deadlift", "farmer-carry", "running"],
            planned: ["walking", "dead-bug"], protocols: ["post-surgical"]),
        Row(
            name: "osteoporosis", codes: ["M81.0"],
            excluded: ["crunch", "sit-up", "toe-touch", "russian-twist", "box-jump"],
            planned: ["superman", "wall-posture"], protocols: ["osteoporosis"]),
        Row(
            name: "vertebral compression fracture", codes: ["M80.08XA"], excluded: ["sit-up", "toe-touch"],
            planned: ["prone-on-elbows"], protocols: ["osteoporosis"]),
        Row(
            name: "ankylosing spondylitis", codes: ["M45.6"], excluded: ["running", "box-jump", "prone-press-up"],
            planned: ["wall-posture", "open-book"], protocols: ["ankylosing-spondylitis"]),
        Row(
            name: "scoliosis", codes: ["M41.26"], excluded: [], planned: ["side-plank"], protocols: ["scoliosis"]),
        Row(
            name: "pregnancy (week unknown: conservative)", codes: ["O26.892"],
            excluded: ["dead-bug", "front-plank", "running", "box-jump", "deadlift"],
            planned: ["walking", "clamshell"], protocols: ["pregnancy-lbp"]),
        Row(
            name: "no bending or twisting", codes: ["M54.50"],
            restrictions: [
                Fixtures.restriction(.avoidMovement(.flexion), "No bending"),
                Fixtures.restriction(.avoidMovement(.rotation), "no twisting"),
            ],
            excluded: ["pelvic-tilt", "knee-to-chest", "lower-trunk-rotation", "cable-wood-chop"],
            planned: ["bird-dog"], protocols: ["nonspecific-lbp"]),
        Row(
            name: "no high impact", codes: ["M54.50"],
            restrictions: [Fixtures.restriction(.noImpact, "No high-impact activity")],
            excluded: ["running", "box-jump"], planned: ["walking"], protocols: ["nonspecific-lbp"]),
        Row(
            name: "avoid overhead lifting", codes: ["M54.50"],
            restrictions: [Fixtures.restriction(.avoidMovement(.overhead), "Avoid overhead lifting")],
            excluded: ["overhead-press"], planned: ["deadlift"], protocols: ["nonspecific-lbp"]),
    ]

    @Test(arguments: rows)
    func scenario(_ row: Row) {
        let plan = Fixtures.plan(row.codes, restrictions: row.restrictions)
        #expect(plan.protocols.map(\.id) == row.protocols)
        for id in row.excluded {
            #expect(plan.excludedIDs.contains(id), "\(id) should be excluded")
            #expect(!plan.plannedIDs.contains(id), "\(id) must not be planned")
        }
        for id in row.planned {
            #expect(plan.plannedIDs.contains(id), "\(id) should be in the plan")
            #expect(!plan.excludedIDs.contains(id))
        }
        #expect(plan.status != .referBack)
    }

    @Test func everyConditionHasAScenario() {
        let covered = Set(Self.rows.flatMap(\.protocols))
        let linked = Set(Fixtures.base.conditions.flatMap { $0.protocols.map(\.value) })
        #expect(linked.subtracting(covered).isEmpty, "protocols without a scenario row")
    }
}
