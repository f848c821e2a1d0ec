import Vapor

/// The OpenAPI 3.1 document describing the JSON API, served at /api/openapi.json.
enum OpenAPIDocument {
    struct Operation {
        var method: String
        var path: String
        var summary: String
        var tag: String
        var query: [String] = []
        var body: String?
        var auth = true
    }

    static let operations: [Operation] = core + summaries + process + security + operationsAndFiles + service

    static let core: [Operation] = [
        .init(method: "get", path: "/health", summary: "Liveness check", tag: "system", auth: false),
        .init(method: "get", path: "/api/openapi.json", summary: "This document", tag: "system", auth: false),
        .init(method: "post", path: "/api/auth/login", summary: "Log in; sets the session cookie and returns a token and CSRF token", tag: "auth", body: "Login", auth: false),
        .init(method: "post", path: "/api/auth/logout", summary: "End the session", tag: "auth"),
        .init(method: "get", path: "/api/me", summary: "The caller with roles per unit", tag: "auth"),
        .init(method: "post", path: "/api/auth/tokens", summary: "Create a bearer token for scripts", tag: "auth", body: "NewToken"),
        .init(method: "get", path: "/api/units", summary: "Units the caller can read", tag: "units"),
        .init(method: "post", path: "/api/units", summary: "Create a unit", tag: "units", body: "UnitInput"),
        .init(method: "get", path: "/api/units/{id}", summary: "One unit", tag: "units"),
        .init(method: "put", path: "/api/units/{id}", summary: "Change a unit", tag: "units", body: "UnitInput"),
        .init(method: "post", path: "/api/users", summary: "Create a user with roles", tag: "units", body: "UserInput"),
        .init(method: "get", path: "/api/catalog", summary: "Indicator catalog", tag: "catalog"),
        .init(method: "post", path: "/api/catalog", summary: "Add an indicator (admin)", tag: "catalog", body: "Indicator"),
        .init(method: "put", path: "/api/catalog/{code}", summary: "Change an indicator's definition (admin)", tag: "catalog", body: "Indicator"),
        .init(method: "post", path: "/api/catalog/{code}/retire", summary: "Retire an indicator: no new values, old ones still count (admin)", tag: "catalog"),
        .init(method: "get", path: "/api/holidays", summary: "Holiday calendar: statutory holidays and make-up working days per year", tag: "catalog"),
        .init(method: "put", path: "/api/holidays/{year}", summary: "Replace a year of the holiday calendar (admin)", tag: "catalog", body: "HolidayYear"),
        .init(method: "delete", path: "/api/holidays/{year}", summary: "Drop the admin's edit of a year (the shipped dates apply again)", tag: "catalog"),
        .init(method: "get", path: "/api/entries", summary: "Ledger entries of a unit", tag: "ledger", query: ["unit", "period", "category", "indicator", "source", "pending", "limit", "offset"]),
        .init(method: "post", path: "/api/entries", summary: "Create a ledger entry", tag: "ledger", body: "EntryInput"),
        .init(method: "post", path: "/api/entries/batch", summary: "Create up to 10,000 entries, all or nothing", tag: "ledger", body: "Batch"),
        .init(method: "get", path: "/api/entries/{id}", summary: "One entry", tag: "ledger"),
        .init(method: "put", path: "/api/entries/{id}", summary: "Replace an entry", tag: "ledger", body: "EntryInput"),
        .init(method: "delete", path: "/api/entries/{id}", summary: "Delete an entry", tag: "ledger"),
        .init(method: "post", path: "/api/entries/{id}/confirm", summary: "Confirm an imported entry, or (a confirmer or supervisor, never the creator) an entry that needs third-party confirmation", tag: "ledger"),
        .init(method: "post", path: "/api/units/{id}/reopen", summary: "Reopen a unit's locked period for edits, with a reason (supervisors)", tag: "ledger"),
        .init(method: "get", path: "/api/entries/{id}/evidence", summary: "Evidence files of an entry", tag: "ledger"),
        .init(method: "post", path: "/api/entries/{id}/evidence", summary: "Attach evidence: multipart/form-data, field `file` (repeatable; ≤ 10 MB each; images, PDF, Word, Excel, text)", tag: "ledger"),
        .init(method: "get", path: "/api/entries/{id}/evidence/{eid}", summary: "Download one evidence file", tag: "ledger"),
        .init(method: "delete", path: "/api/entries/{id}/evidence/{eid}", summary: "Remove one evidence file", tag: "ledger"),
        .init(method: "get", path: "/api/targets", summary: "Targets with progress", tag: "targets", query: ["unit", "period"]),
        .init(method: "put", path: "/api/targets", summary: "Set a target", tag: "targets", body: "TargetInput"),
        .init(method: "get", path: "/api/aggregates", summary: "Indicator totals for a unit (subtree) and period with last year", tag: "targets", query: ["unit", "period", "subtree"]),
        .init(method: "get", path: "/api/plans", summary: "Reporting plans", tag: "reporting"),
        .init(method: "post", path: "/api/plans", summary: "Create a reporting plan", tag: "reporting", body: "ReportingPlan"),
        .init(method: "put", path: "/api/plans/{id}", summary: "Change a reporting plan", tag: "reporting", body: "ReportingPlan"),
        .init(method: "get", path: "/api/validation-rules", summary: "Validation rules", tag: "reporting"),
        .init(method: "post", path: "/api/validation-rules", summary: "Add a validation rule", tag: "reporting", body: "ValidationRule"),
        .init(method: "post", path: "/api/validate", summary: "Evaluate validation rules against values", tag: "reporting", body: "ValuesInput"),
        .init(method: "get", path: "/api/submissions", summary: "Submissions of a unit", tag: "reporting", query: ["unit", "plan", "period"]),
        .init(method: "post", path: "/api/submissions", summary: "Draft a submission (values from the ledger unless given)", tag: "reporting", body: "SubmissionInput"),
        .init(method: "get", path: "/api/submissions/{id}", summary: "One submission with its transitions and validation", tag: "reporting"),
        .init(method: "put", path: "/api/submissions/{id}", summary: "Edit a draft or returned submission", tag: "reporting", body: "SubmissionUpdate"),
        .init(method: "post", path: "/api/submissions/{id}/transitions", summary: "submit / approve / accept / return", tag: "reporting", body: "TransitionInput"),
        .init(method: "get", path: "/api/matrix", summary: "Reporting-rate matrix for a plan over a subtree (format=compact: a row per unit as [id, name, status letters, first-submission ms, expected, actual, on time])", tag: "reporting", query: ["plan", "unit", "from", "to", "format"]),
        .init(method: "get", path: "/api/notifications", summary: "The caller's reminders", tag: "reminders"),
        .init(method: "post", path: "/api/notifications/{id}/read", summary: "Mark a reminder read", tag: "reminders"),
        .init(method: "post", path: "/api/reminders/run", summary: "Run the reminder job now (idempotent)", tag: "reminders"),
        .init(method: "get", path: "/api/audit", summary: "Audit log", tag: "system", query: ["unit"]),
        .init(method: "post", path: "/api/check", summary: "Check a summary (体检): JSON {text}, multipart `file`, or raw .txt/.docx bytes with ?filename=; returns the checker JSON", tag: "checker", query: ["filename"], body: "CheckInput"),
        .init(method: "post", path: "/api/check/preview", summary: "Import preview (dry run) of a summary: JSON {text, name?, period?}; returns the document's period and the candidate entries with spans, 其中 parts, running-total flags and conflicts; writes nothing", tag: "checker", body: "CheckInput"),
    ]

    static func response(_ req: Request) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: document(), options: [.sortedKeys, .prettyPrinted])) ?? Data()
        var headers = HTTPHeaders(); headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    static let integerParameters: Set<String> = ["id", "eid", "number", "index", "year"]

    /// Every `{name}` in a path template, in order (`/api/entries/{id}/evidence/{eid}` → id, eid).
    static func pathParameters(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }

    static func document() -> [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for op in operations {
            var o: [String: Any] = ["summary": op.summary, "tags": [op.tag],
                                    "responses": ["200": ["description": "OK"], "4XX": ["description": "Error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]]]
            var params: [[String: Any]] = op.query.map { ["name": $0, "in": "query", "schema": ["type": "string"]] }
            params += pathParameters(op.path).map { name in
                ["name": name, "in": "path", "required": true, "schema": ["type": Self.integerParameters.contains(name) ? "integer" : "string"]]
            }
            if !params.isEmpty { o["parameters"] = params }
            if let body = op.body {
                o["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]]
            }
            if !op.auth { o["security"] = [[String: Any]]() }
            paths[op.path, default: [:]][op.method] = o
        }
        return ["openapi": "3.1.0",
                "info": ["title": "Taizhang (台账) API", "version": "1.0.0",
                         "description": "Work ledger, reporting calendar and submissions for public-sector units. Errors carry `message` (Chinese by default, English with Accept-Language: en) and `message_en`. Browser sessions must send X-CSRF-Token on mutations."],
                "paths": paths,
                "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"],
                                                   "cookie": ["type": "apiKey", "in": "cookie", "name": "tz_session"]],
                               "schemas": OpenAPISchemas.all],
                "security": [["bearer": [String]()], ["cookie": [String]()]]]
    }
}
