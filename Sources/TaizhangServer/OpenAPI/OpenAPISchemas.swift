/// Request and error schemas of the OpenAPI document.
enum OpenAPISchemas {
    static func object(_ props: [String: Any], required: [String]) -> [String: Any] {
        ["type": "object", "properties": props, "required": required]
    }
    nonisolated(unsafe) static let string: [String: Any] = ["type": "string"]
    nonisolated(unsafe) static let integer: [String: Any] = ["type": "integer"]
    nonisolated(unsafe) static let number: [String: Any] = ["type": "number"]
    nonisolated(unsafe) static let boolean: [String: Any] = ["type": "boolean"]
    nonisolated(unsafe) static let date: [String: Any] = ["type": "string", "format": "date"]
    nonisolated(unsafe) static let period: [String: Any] = ["type": "string", "pattern": "^[0-9]{4}(M[0-9]{2}|Q[1-4]|H[12])?$", "example": "2024H1"]
    nonisolated(unsafe) static let value = object(["indicator": string, "value": number, "qualifier": string], required: ["indicator", "value"])

    nonisolated(unsafe) static let all: [String: Any] = core.merging(summaries) { a, _ in a }.merging(process) { a, _ in a }.merging(security) { a, _ in a }

    nonisolated(unsafe) static let core: [String: Any] = [
        "Error": object(["error": boolean, "code": string, "message": string, "message_en": string, "field": string,
                         "details": ["type": "array", "items": object(["code": string, "message": string, "message_en": string, "field": string], required: ["code"])]],
                        required: ["code", "message"]),
        "Login": object(["username": string, "password": string], required: ["username", "password"]),
        "NewToken": object(["name": string], required: ["name"]),
        "UnitInput": object(["parent_id": integer, "kind": string, "name": string, "code": string, "demo_zone": boolean, "demo_project": boolean], required: ["kind", "name"]),
        "UserInput": object(["username": string, "display_name": string, "password": string,
                             "roles": ["type": "array", "items": object(["unit_id": integer, "role": ["type": "string", "enum": ["staff", "liaison", "leader", "supervisor", "admin"]]], required: ["unit_id", "role"])]],
                            required: ["username", "display_name", "password", "roles"]),
        "Indicator": object(["code": string, "name": string, "name_en": string, "measure_word": string, "aggregation": ["type": "string", "enum": ["sum", "max", "latest", "mean"]],
                             "roll_up": ["type": "string", "enum": ["sum", "weighted_mean", "mean", "max"], "description": "how units' figures combine (a rate never sums)"],
                             "weight_by": ["type": "string", "description": "for weighted_mean: the denominator indicator"],
                             "range": object(["min": ["type": "number"], "max": ["type": "number"]], required: ["min", "max"]),
                             "value_type": ["type": "string", "enum": ["integer", "decimal"]], "group": string, "phrase": string, "synonyms": ["type": "array", "items": string],
                             "retired": ["type": "boolean"]],
                            required: ["code", "name", "name_en", "measure_word", "group", "phrase"]),
        "HolidayYear": object(["notice": string, "published": date,
                               "holidays": ["type": "array", "items": object(["name": string, "from": date, "to": date], required: ["name", "from", "to"])],
                               "workdays": ["type": "array", "items": date]],
                              required: ["notice", "holidays", "workdays"]),
        "EntryInput": object(["unit_id": integer, "category": ["type": "string", "enum": ["activity", "meeting", "training", "inspection", "publicity", "enforcement", "fund", "other"]],
                              "title": string, "narrative": string, "place": string, "date": date, "end_date": date,
                              "values": ["type": "array", "items": value], "planned": boolean, "source": string,
                              "provenance": object(["doc_id": string, "span_start": integer, "span_end": integer], required: ["doc_id", "span_start", "span_end"]),
                              "confirmer": string],
                             required: ["unit_id", "category", "title", "date"]),
        "Batch": object(["entries": ["type": "array", "items": ["$ref": "#/components/schemas/EntryInput"], "maxItems": 10000]], required: ["entries"]),
        "TargetInput": object(["unit_id": integer, "indicator": string, "period": period, "value": number], required: ["unit_id", "indicator", "period", "value"]),
        "ReportingPlan": object(["id": integer, "name": string, "report_type": string, "period_kind": ["type": "string", "enum": ["month", "quarter", "half_year", "year"]],
                                 "applies_to": object(["kinds": ["type": "array", "items": string], "flags": ["type": "array", "items": string]], required: []),
                                 "due_rule": object(["kind": ["type": "string", "enum": ["days_after_period_end", "day_of_next_month", "working_days_after_period_end"]], "value": integer], required: ["kind", "value"]),
                                 "remind_days_before": integer, "starts_with": period],
                                required: ["name", "report_type", "period_kind", "applies_to", "due_rule"]),
        "ValidationRule": object(["id": integer, "name": string, "left": ["type": "object"], "op": ["type": "string", "enum": ["<", "<=", "==", ">=", ">", "!="]],
                                  "right": ["type": "object"], "severity": ["type": "string", "enum": ["warn", "block"]]],
                                 required: ["name", "left", "op", "right", "severity"]),
        "ValuesInput": object(["values": ["type": "array", "items": value]], required: ["values"]),
        "SubmissionInput": object(["unit_id": integer, "plan_id": integer, "period": period, "narrative": string,
                                   "values": ["type": "array", "items": value], "entry_ids": ["type": "array", "items": integer]],
                                  required: ["unit_id", "plan_id", "period"]),
        "SubmissionUpdate": object(["narrative": string, "values": ["type": "array", "items": value]], required: []),
        "CheckInput": object(["text": string, "name": string], required: ["text"]),
        "TransitionInput": object(["action": ["type": "string", "enum": ["submit", "approve", "accept", "return"]], "comment": string], required: ["action"]),
    ]
}
