import LiaisonModel

/// The `inspect` contract (docs/formats.md, "The JSON contract"), keys in sorted order, every key present
/// (`null` when unknown); the same bytes as the model's `Codable` dump.
extension JSONOut {
    mutating func referral(_ r: Referral) {
        object { o in
            o.key("diagnoses")
            o.array(r.diagnoses) { $0.diagnosis($1) }
            o.key("document")
            o.object { d in
                d.field("date", r.document.date)
                d.field("id", r.document.id)
                d.field("language", r.document.language)
                d.field("title", r.document.title)
                d.field("typeCode", r.document.typeCode)
            }
            o.key("patient")
            o.patient(r.patient)
            o.field("reason", r.reason)
            o.key("recipient")
            o.provider(r.recipient)
            o.key("redFlags")
            o.array(r.redFlags) { $0.redFlag($1) }
            o.key("referringProvider")
            o.provider(r.referringProvider)
            o.key("restrictions")
            o.array(r.restrictions) { $0.restriction($1) }
            o.key("reviewItems")
            o.array(r.reviewItems) { $0.reviewItem($1) }
            o.key("source")
            o.object { s in
                s.field("format", r.source.format.rawValue)
                s.field("path", r.source.path)
                s.field("sha256", r.source.sha256)
            }
            o.field("surgeryDate", r.surgeryDate?.description)
            o.key("warnings")
            o.array(r.warnings) { w, warning in
                w.object { w in
                    w.field("line", warning.line)
                    w.field("message", warning.message)
                }
            }
        }
    }

    mutating func diagnosis(_ d: Diagnosis) {
        object { o in
            o.key("alternateCodes")
            o.array(d.alternateCodes) { $0.code($1) }
            o.field("code", d.code)
            o.field("display", d.display)
            o.field("onset", d.onset)
            o.key("source")
            o.provenance(d.source)
            o.field("status", d.status)
            o.field("system", d.system)
        }
    }

    mutating func code(_ c: CodeRef) {
        object { o in
            o.field("code", c.code)
            o.field("system", c.system)
        }
    }

    mutating func provenance(_ p: Provenance) {
        object { o in
            o.field("line", p.line)
            o.field("section", p.section)
        }
    }

    mutating func patient(_ p: Patient) {
        object { o in
            o.field("birthDate", p.birthDate)
            o.key("identifiers")
            o.array(p.identifiers) { i, identifier in
                i.object { i in
                    // Synthesized `Codable`: absent keys, not nulls.
                    if let root = identifier.root {
                        i.field("root", root)
                    }
                    if let value = identifier.value {
                        i.field("value", value)
                    }
                }
            }
            o.field("name", p.name)
            o.field("sex", p.sex)
        }
    }

    mutating func provider(_ p: Provider?) {
        guard let p else { return null() }
        object { o in
            o.field("address", p.address)
            o.field("email", p.email)
            o.field("fax", p.fax)
            o.field("name", p.name)
            o.field("npi", p.npi)
            o.field("organization", p.organization)
            o.field("phone", p.phone)
        }
    }

    mutating func redFlag(_ f: RedFlag) {
        object { o in
            o.field("assertion", f.assertion.rawValue)
            o.key("code")
            if let code = f.code { o.code(code) } else { o.null() }
            o.field("kind", f.kind.rawValue)
            o.key("source")
            o.provenance(f.source)
            o.field("text", f.text)
        }
    }

    mutating func reviewItem(_ item: ReviewItem) {
        object { o in
            o.field("assertion", item.assertion?.rawValue)
            o.field("flag", item.flag?.rawValue)
            o.field("kind", item.kind.rawValue)
            o.field("language", item.language)
            o.key("source")
            o.provenance(item.source)
            o.field("text", item.text)
        }
    }

    mutating func restriction(_ r: Restriction) {
        object { o in
            if case .maxHeartRate(let bpm) = r.kind {
                o.field("bpm", bpm)
            }
            o.field("kind", r.kind.name)
            if case .avoidMovement(let movement) = r.kind {
                o.field("movement", movement.rawValue)
            }
            if case .avoidPosition(let position) = r.kind {
                o.field("position", position.rawValue)
            }
            o.key("source")
            o.provenance(r.source)
            if case .weightBearing(let status) = r.kind {
                o.field("status", status.rawValue)
            }
            o.field("text", r.text)
            if case .maxLift(_, let unit) = r.kind {
                o.field("unit", unit.rawValue)
            }
            o.field("until", r.until?.description)
            if case .maxLift(let value, _) = r.kind {
                o.field("value", value)
            }
        }
    }
}
