/// Which question of `AccessScope` each HTTP route asks, as data: one line per route. The
/// server's route guard reads this table before any handler runs (no rule: refused), and a
/// test walks every registered route × role × own/foreign unit against it, so a route added
/// without a line here fails the tests.
public enum RoutePolicy {
    public enum Rule: Sendable, Equatable {
        /// No sign-in: the login form, health check, OpenAPI document, static files.
        case open
        /// Any signed-in user; the handler shows only the caller's own records or units.
        case signedIn
        /// Decided from the caller's grants alone (`AccessScope.can(_: GlobalAction)`).
        case global(AccessScope.GlobalAction)
        /// One of `actions` on the unit named by `source`.
        case unit(Set<AccessScope.Action>, UnitSource)
        /// A signed-in user; the handler asks the named `AccessScope.refusalTo…` question,
        /// whose inputs (a parent unit, a list of grants) only the body holds.
        case decidedBy(String)
    }

    public enum UnitSource: Sendable, Equatable {
        /// The path parameter `:id` is the unit.
        case path
        /// The query parameter (`?unit=`); when absent the handler decides (e.g. admin-only).
        case query(String)
        /// A top-level integer field of the JSON body (`unit_id`).
        case body(String)
        /// The unit of the record the path names (`entry`, `submission`, …), read by the handler.
        case record(String)
        /// A page working on the caller's current unit (the one chosen with the unit switch,
        /// else their first), which is always one of their own.
        case current
        /// A process page (SPEC §4): `?unit=` (a supervisor's pick, read access checked) or the
        /// first demonstration unit in reach; the page asks `AccessScope` once it has chosen.
        case processPage
        /// A service centre's route or page (SPEC §7): the centre (path, `?unit=` or the
        /// record's) or one of its departments decides; the handler's `CentreAccess` asks
        /// `AccessScope` (see `RoutePolicy.service`).
        case serviceCentre
    }

    static let read: Set<AccessScope.Action> = [.read]
    static let write: Set<AccessScope.Action> = [.writeLedger]
    static let manage: Set<AccessScope.Action> = [.manage]
    static let ownOrManage: Set<AccessScope.Action> = [.writeLedger, .manage]

    /// "METHOD /path/:param" → rule.
    public static let table: [String: Rule] = api.merging(process) { a, _ in a }.merging(pages) { a, _ in a }
        .merging(service) { a, _ in a }

    public static func rule(method: String, path: String) -> Rule? { table["\(method) \(path)"] }

    static let api: [String: Rule] = [
        "GET /health": .open, "GET /api/openapi.json": .open,
        "POST /api/auth/login": .open,
        "POST /api/auth/logout": .signedIn, "GET /api/me": .signedIn,
        "POST /api/auth/password": .signedIn,
        "GET /api/auth/tokens": .signedIn, "POST /api/auth/tokens": .signedIn, "DELETE /api/auth/tokens/:id": .signedIn,
        "GET /api/security/login-failures": .global(.readSecurityEvents),
        "GET /api/units": .signedIn,
        "POST /api/units": .decidedBy("refusalToCreateUnit"),
        "GET /api/units/:id": .unit(read, .path),
        "PUT /api/units/:id": .decidedBy("refusalToUpdateUnit"),
        "POST /api/users": .decidedBy("refusalToGrant"),
        "POST /api/users/:id/password-reset": .decidedBy("refusalToManageUser"),
        "GET /api/catalog": .signedIn, "POST /api/catalog": .global(.manageGlobalSettings),
        "PUT /api/catalog/:code": .global(.manageGlobalSettings), "POST /api/catalog/:code/retire": .global(.manageGlobalSettings),
        "GET /api/holidays": .signedIn,
        "PUT /api/holidays/:year": .global(.manageGlobalSettings), "DELETE /api/holidays/:year": .global(.manageGlobalSettings),
        // Reopening a locked period: the supervisor above the unit (`Ledger.reopen`).
        "POST /api/units/:id/reopen": .unit([.review], .path),
        "GET /api/entries": .unit(read, .query("unit")),
        "POST /api/entries": .unit(write, .body("unit_id")),
        "POST /api/entries/batch": .unit(write, .record("batch")),
        "GET /api/entries/:id": .unit(read, .record("entry")),
        "PUT /api/entries/:id": .unit(write, .record("entry")),
        "DELETE /api/entries/:id": .unit(write, .record("entry")),
        // Who confirms is `Confirmation.decide` (a 确认人 or a supervisor, never the creator).
        "POST /api/entries/:id/confirm": .unit(read, .record("entry")),
        "GET /api/entries/:id/evidence": .unit(read, .record("entry")),
        "POST /api/entries/:id/evidence": .unit(write, .record("entry")),
        "GET /api/entries/:id/evidence/:eid": .unit(read, .record("entry")),
        "DELETE /api/entries/:id/evidence/:eid": .unit(write, .record("entry")),
        "GET /api/targets": .unit(read, .query("unit")),
        "PUT /api/targets": .unit([.manage, .approve], .body("unit_id")),
        "GET /api/aggregates": .unit(read, .query("unit")),
        // Spreadsheets (issue #18): exports read like the list they export; an import writes
        // the `unit` it is given and every unit its rows name is checked by the use case.
        "GET /api/entries/export": .unit(read, .query("unit")),
        "GET /api/matrix/export": .unit(read, .query("unit")),
        "POST /api/imports/entries": .unit(write, .query("unit")),
        "POST /api/imports/values": .signedIn,
        // Prometheus: open to scrapers on the same machine, else a token (`MetricsController`).
        "GET /metrics": .open,
        "GET /api/plans": .signedIn,
        "POST /api/plans": .global(.manageGlobalSettings),
        "PUT /api/plans/:id": .global(.manageGlobalSettings),
        "DELETE /api/plans/:id": .global(.manageGlobalSettings),
        "GET /api/validation-rules": .signedIn,
        "POST /api/validation-rules": .global(.manageGlobalSettings),
        "PUT /api/validation-rules/:id": .global(.manageGlobalSettings),
        "DELETE /api/validation-rules/:id": .global(.manageGlobalSettings),
        "POST /api/validate": .signedIn,
        "GET /api/submissions": .unit(read, .query("unit")),
        "POST /api/submissions": .unit([.draftSubmission], .body("unit_id")),
        "GET /api/submissions/:id": .unit(read, .record("submission")),
        "PUT /api/submissions/:id": .unit([.draftSubmission], .record("submission")),
        // submit / approve / accept / return: `SubmissionAction.requiredAction`, then `SegregationOfDuties`.
        "POST /api/submissions/:id/transitions": .unit([.submit, .approve, .review], .record("submission")),
        "GET /api/matrix": .unit(read, .query("unit")),
        "GET /api/notifications": .signedIn, "POST /api/notifications/:id/read": .signedIn,
        "POST /api/reminders/run": .global(.runReminders),
        // A leader reads her unit's log, a supervisor her subtree's; without ?unit= the whole
        // log, admins only (`AuditLog.search`).
        "GET /api/audit": .unit([.manage, .approve], .query("unit")),
        "GET /api/summaries": .unit(read, .query("unit")),
        "POST /api/summaries": .unit(ownOrManage, .body("unit_id")),
        "GET /api/summaries/:id": .unit(read, .record("summary")),
        "GET /api/summaries/jobs/:id": .unit(read, .record("summary_job")),
        "PUT /api/summaries/:id": .unit(ownOrManage, .record("summary")),
        "POST /api/summaries/:id/regenerate": .unit(ownOrManage, .record("summary")),
        "GET /api/summaries/:id/versions": .unit(read, .record("summary")),
        "GET /api/summaries/:id/versions/:number": .unit(read, .record("summary")),
        "GET /api/summaries/:id/compare": .unit(read, .record("summary")),
        "GET /api/summaries/:id/numbers": .unit(read, .record("summary")),
        "GET /api/summaries/:id/numbers/:index": .unit(read, .record("summary")),
        "GET /api/summaries/:id/export": .unit(read, .record("summary")),
        "GET /api/notes": .unit(read, .query("unit")),
        "POST /api/notes": .unit(ownOrManage, .body("unit_id")),
        "DELETE /api/notes/:id": .unit(ownOrManage, .record("note")),
        "POST /api/check": .signedIn,
        // A dry run; with `unit` in the body the handler asks .writeLedger on it before reading its ledger.
        "POST /api/check/preview": .signedIn,
    ]

    /// SPEC §4 process management: `/api/process/units/:id/…` names the unit in the path.
    static let process: [String: Rule] = [
        "GET /api/process/rules": .signedIn, "PUT /api/process/rules": .global(.manageGlobalSettings),
        "GET /api/process/creations": .unit(read, .query("unit")),
        "PUT /api/process/creations": .unit(manage, .body("unit_id")),
        "GET /api/process/units/:id/group": .unit(read, .path),
        "PUT /api/process/units/:id/group": .unit(write, .path),
        "GET /api/process/units/:id/group/meetings": .unit(read, .path),
        "POST /api/process/units/:id/group/meetings": .unit(write, .path),
        "GET /api/process/units/:id/liaisons": .unit(read, .path),
        "POST /api/process/units/:id/liaisons": .unit(write, .path),
        "GET /api/process/liaison-meetings": .unit(read, .query("unit")),
        "POST /api/process/liaison-meetings": .unit(manage, .record("attending_unit_ids")),
        "GET /api/process/liaison-meetings/rotation/proposal": .unit(read, .query("unit")),
        "GET /api/process/units/:id/fund-plan": .unit(read, .path),
        "PUT /api/process/units/:id/fund-plan": .unit(write, .path),
        "POST /api/process/units/:id/fund-plan/reviews": .unit(manage, .path),
        "POST /api/process/units/:id/fund-plan/filing": .unit(manage, .path),
        "GET /api/process/units/:id/fund-report": .unit(read, .path),
        "GET /api/process/units/:id/expenditures": .unit(read, .path),
        "POST /api/process/units/:id/expenditures": .unit(write, .path),
        "GET /api/process/units/:id/inspections": .unit(read, .path),
        "POST /api/process/units/:id/inspections": .unit(manage, .path),
        "GET /api/process/units/:id/inspections/warnings": .unit(read, .path),
        "PUT /api/process/inspections/:id": .unit(manage, .record("inspection")),
        "GET /api/process/units/:id/half-year-reports": .unit(read, .path),
        "POST /api/process/units/:id/half-year-reports": .unit(write, .path),
        "GET /api/process/units/:id/rectifications": .unit(read, .path),
        "POST /api/process/units/:id/rectifications": .unit(ownOrManage, .path),
        "POST /api/process/rectifications/:id/extension": .unit(write, .record("rectification")),
        "POST /api/process/rectifications/:id/extension/decision": .unit(manage, .record("rectification")),
        "POST /api/process/rectifications/:id/evidence": .unit(write, .record("rectification")),
        "POST /api/process/rectifications/:id/close": .unit(ownOrManage, .record("rectification")),
        "GET /api/process/rectification-rates": .unit(read, .query("unit")),
        "GET /api/process/units/:id/adoptions": .unit(read, .path),
        "POST /api/process/adoptions": .unit(manage, .record("submission_id")),
        "GET /api/process/units/:id/publicity": .unit(read, .path),
        "POST /api/process/publicity/compute": .unit(manage, .body("unit_id")),
        "GET /api/process/circular": .unit(read, .query("unit")),
        "GET /api/process/units/:id/acceptance": .unit(read, .path),
        "PUT /api/process/units/:id/acceptance/inputs": .unit(manage, .path),
        "GET /api/process/units/:id/site-visits": .unit(read, .path),
        "POST /api/process/units/:id/site-visits": .unit(manage, .path),
        "GET /api/process/site-visits/:id": .unit(read, .record("site_visit")),
        "POST /api/process/site-visits/:id/scores": .unit(manage, .record("site_visit")),
        "GET /api/process/units/:id/rubric/annual": .unit(read, .path),
    ]

    /// The browser pages. Pages work on the caller's current unit (one of their own); the
    /// page's own `AccessScope.can` calls decide what it shows and accepts.
    static let pages: [String: Rule] = [
        "GET /static/app.css": .open, "GET /static/app.js": .open, "GET /favicon.ico": .open,
        "GET /login": .open, "POST /login": .open,
        "POST /logout": .signedIn, "POST /units/switch": .signedIn,
        "GET /account/password": .signedIn, "POST /account/password": .signedIn,
        "GET /account/tokens": .signedIn, "POST /account/tokens": .signedIn, "POST /account/tokens/:id/revoke": .signedIn,
        "GET /": .unit(read, .current),
        "GET /ledger": .unit(read, .current), "GET /ledger/new": .unit(write, .current),
        "POST /ledger": .unit(write, .current),
        "GET /ledger/imported": .unit(write, .current), "POST /ledger/imported/confirm": .unit(write, .current),
        "GET /ledger/:id/edit": .unit(write, .record("entry")), "POST /ledger/:id": .unit(write, .record("entry")),
        "POST /ledger/:id/delete": .unit(write, .record("entry")), "POST /ledger/:id/confirm": .unit(read, .record("entry")),
        // Read-only: a unit's own people also view the entries of the units below (`canViewEntry`).
        "GET /ledger/:id": .decidedBy("canViewEntry"), "GET /ledger/:id/evidence/:eid": .decidedBy("canViewEntry"),
        "POST /ledger/:id/evidence/:eid/delete": .unit(write, .record("entry")),
        "GET /submissions": .unit(read, .current), "POST /submissions": .unit([.draftSubmission], .current),
        "GET /submissions/:id": .unit(read, .record("submission")),
        "POST /submissions/:id": .unit([.draftSubmission], .record("submission")),
        "POST /submissions/:id/transitions": .unit([.submit, .approve, .review], .record("submission")),
        "GET /audit": .unit([.manage, .approve], .current),
        "GET /matrix": .unit(read, .current), "POST /reminders/non-submitters": .unit(manage, .current),
        "GET /units/:id": .unit(read, .path), "GET /rankings": .unit(read, .current),
        "POST /notifications/:id/read": .signedIn,
        "GET /summaries": .unit(read, .current), "POST /summaries": .unit(ownOrManage, .current),
        "GET /summaries/:id": .unit(read, .record("summary")),
        "POST /summaries/:id/sections/:section": .unit(ownOrManage, .record("summary")),
        "GET /summaries/:id/compare": .unit(read, .record("summary")),
        "GET /summaries/:id/export": .unit(read, .record("summary")),
        "GET /check": .unit(read, .current), "POST /check": .unit(read, .current),
        "POST /check/import": .unit(write, .current),
        "GET /process/group": .unit(read, .processPage), "POST /process/group/members": .unit(write, .processPage),
        "POST /process/meetings": .unit(write, .processPage),
        "GET /process/liaison": .unit(read, .processPage), "POST /process/liaison": .unit(write, .processPage),
        "POST /process/liaison/meetings": .unit(manage, .processPage),
        "GET /process/funds": .unit(read, .processPage), "POST /process/funds/lines": .unit(write, .processPage),
        "GET /process/funds/report": .unit(read, .processPage), "POST /process/funds/report": .unit(write, .processPage),
        "POST /process/funds/expenditures": .unit(write, .processPage),
        "GET /process/inspections": .unit(read, .processPage), "POST /process/inspections": .unit(manage, .processPage),
        "POST /process/rectifications": .unit(ownOrManage, .processPage),
        "POST /process/rectifications/:id/extension": .unit(write, .record("rectification")),
        "POST /process/rectifications/:id/close": .unit(ownOrManage, .record("rectification")),
        "GET /process/scores": .unit(read, .processPage), "GET /process/circulars": .unit(read, .processPage),
        "GET /process/circulars/:window": .unit(read, .processPage), "GET /process/circulars/:window/export": .unit(read, .processPage),
        "GET /process/acceptance": .unit(read, .processPage),
        // Administration (issue #16): users and units within the caller's rights; the page asks
        // the named `AccessScope.refusalTo…` question once it has read the form.
        "GET /admin": .unit(manage, .current), "GET /admin/users": .unit(manage, .current),
        "POST /admin/users": .decidedBy("refusalToGrant"),
        "POST /admin/users/:id/password": .decidedBy("refusalToManageUser"),
        "POST /admin/users/:id/disable": .decidedBy("refusalToManageUser"),
        "POST /admin/users/:id/enable": .decidedBy("refusalToManageUser"),
        "POST /admin/users/:id/grants": .decidedBy("refusalToManageUser"),
        "POST /admin/users/:id/grants/remove": .decidedBy("refusalToManageUser"),
        "GET /admin/units": .unit(manage, .current), "POST /admin/units": .decidedBy("refusalToCreateUnit"),
        "POST /admin/units/:id": .decidedBy("refusalToUpdateUnit"),
        // Targets: a unit's supervisor (or leader) per unit, decided on the unit the form names.
        "GET /admin/targets": .unit(manage, .current), "POST /admin/targets": .unit(manage, .current),
        "GET /admin/plans": .global(.manageGlobalSettings), "POST /admin/plans/:id/reminders": .global(.manageGlobalSettings),
        "GET /admin/catalog": .global(.manageGlobalSettings), "POST /admin/catalog": .global(.manageGlobalSettings),
        "POST /admin/catalog/:code": .global(.manageGlobalSettings), "POST /admin/catalog/:code/retire": .global(.manageGlobalSettings),
        "POST /admin/catalog/:code/restore": .global(.manageGlobalSettings),
        "GET /admin/rules": .global(.manageGlobalSettings), "POST /admin/rules/:id/active": .global(.manageGlobalSettings),
        "GET /admin/holidays": .global(.manageGlobalSettings), "POST /admin/holidays": .global(.manageGlobalSettings),
        "GET /admin/rulesets": .global(.manageGlobalSettings),
    ]
}
