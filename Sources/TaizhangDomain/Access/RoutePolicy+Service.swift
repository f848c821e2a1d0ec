extension RoutePolicy {
    /// SPEC §7 service-centre routes. A centre's cases are read by the centre's own people,
    /// supervisors above it and, for their department only, a department's people: the unit
    /// the guard would need is the centre *or* the case's department, so `.serviceCentre`
    /// leaves the decision to the handler (`CentreAccess`), which asks `AccessScope` for the
    /// actions listed here (read; writeLedger/manage for the supervision side's writes, the
    /// department's writeLedger for its answers).
    static let serviceActions: (read: Set<AccessScope.Action>, write: Set<AccessScope.Action>) = ([.read], [.writeLedger, .manage])

    static let service: [String: Rule] = {
        let read = Rule.unit(serviceActions.read, .serviceCentre), write = Rule.unit(serviceActions.write, .serviceCentre)
        var t: [String: Rule] = [
            "GET /api/packs": .signedIn, "GET /api/units/:id/pack": .unit([.read], .path),
            "POST /api/packs/:code/install": .global(.manageGlobalSettings),
            "GET /api/service/rules": .signedIn, "PUT /api/service/rules": .global(.manageGlobalSettings),
        ]
        for path in ["centres/:id/items", "centres/:id/windows", "centres/:id/staff", "centres/:id/cases", "cases/:id", "centres/:id/board",
                     "centres/:id/rates", "centres/:id/orders", "centres/:id/ratings", "centres/:id/fixes", "centres/:id/satisfaction",
                     "centres/:id/appraisal", "centres/:id/stars", "centres/:id/stars/circular"] {
            t["GET /api/service/" + path] = read
        }
        for path in ["centres/:id/items", "centres/:id/windows", "centres/:id/staff", "centres/:id/cases/import", "centres/:id/cases",
                     "cases/:id/orders", "orders/:id/response", "orders/:id/close", "orders/:id/escalate", "cases/:id/ratings",
                     "ratings/:id/appeal", "ratings/:id/appeal/decision", "fixes/:id/measures", "fixes/:id/callbacks", "fixes/:id/close",
                     "cases/:id/invitations", "centres/:id/invitations/run", "centres/:id/appraisal-records", "centres/:id/stars/publish",
                     "centres/:id/ledger-sync"] {
            t["POST /api/service/" + path] = write
        }
        t["PUT /api/service/items/:id"] = write
        for path in ["", "/cases", "/cases/:id", "/ratings", "/appraisal", "/stars/circular"] { t["GET /service" + path] = read }
        for path in ["/import", "/cases/:id/orders", "/orders/:id/response", "/orders/:id/close", "/orders/:id/escalate",
                     "/fixes/:id/measures", "/fixes/:id/callbacks", "/fixes/:id/close", "/ratings/:id/appeal", "/ratings/:id/appeal/decision",
                     "/appraisal-records", "/stars/publish"] {
            t["POST /service" + path] = write
        }
        return t
    }()
}
