import LiaisonModel

/// The `plan` contract (docs/knowledge-base.md, "JSON contract"), keys in sorted order, every reason in
/// its plain words (``Reason/words``). With `file`, the JSON Lines form's extra key.
extension JSONOut {
    mutating func plan(_ p: Plan, file: String? = nil) {
        object { o in
            o.key("conflicts")
            o.array(p.conflicts) { c, conflict in
                c.object { c in
                    c.field("description", conflict.words)
                    c.key("forbids")
                    c.array(conflict.forbids) { $0.string($1.words) }
                    c.field("pattern", conflict.pattern.name)
                    c.key("prefers")
                    c.array(conflict.prefers) { $0.string($1.words) }
                }
            }
            o.key("contraindications")
            o.array(p.contraindications) { c, item in
                c.object { c in
                    c.key("because")
                    c.array(item.because) { $0.string($1.words) }
                    c.field("pattern", item.pattern.name)
                }
            }
            o.key("excluded")
            o.array(p.excluded) { e, exclusion in
                e.object { e in
                    e.field("id", exclusion.id)
                    e.field("reason", exclusion.words)
                }
            }
            o.key("expiredRestrictions")
            o.array(p.expiredRestrictions) { $0.restriction($1) }
            if let file {
                o.field("file", file)
            }
            o.key("fitt")
            o.array(p.fitt) { $0.fitt($1) }
            o.key("phases")
            o.array(p.phases) { $0.phase($1) }
            o.key("precautions")
            o.array(p.precautions) { $0.string($1) }
            o.key("protocols")
            o.array(p.protocols) { m, matched in
                m.object { m in
                    m.field("id", matched.id)
                    m.key("matchedBy")
                    m.array(matched.selectedBy) { $0.string($1.words) }
                    m.field("name", matched.name)
                }
            }
            o.key("questions")
            o.array(p.questions) { $0.string($1) }
            o.key("redFlags")
            o.array(p.redFlags) { $0.redFlag($1) }
            o.field("referenceDate", p.referenceDate.description)
            o.key("reviewItems")
            o.array(p.reviewItems) { $0.reviewItem($1) }
            o.field("status", p.status.rawValue)
        }
    }

    mutating func fitt(_ f: FITT) {
        object { o in
            o.field("component", f.component)
            o.field("frequency", f.frequency)
            o.field("intensity", f.intensity)
            o.field("source", f.source)
            o.field("time", f.time)
            o.field("type", f.type)
        }
    }

    mutating func phase(_ phase: Phase) {
        object { o in
            o.key("exercises")
            o.array(phase.exercises) { e, exercise in
                e.object { e in
                    e.field("category", exercise.category)
                    e.field("dose", exercise.dose)
                    e.field("id", exercise.id)
                    e.field("loadCap", exercise.loadCap?.words)
                    e.field("name", exercise.name)
                    e.field("why", exercise.why)
                }
            }
            o.key("goals")
            o.array(phase.goals) { $0.string($1) }
            o.field("name", phase.name)
            o.key("progression")
            o.array(phase.progression) { $0.string($1) }
            o.field("weeks", phase.weeks)
        }
    }
}
