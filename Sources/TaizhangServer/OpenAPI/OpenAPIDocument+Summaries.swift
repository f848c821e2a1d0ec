extension OpenAPIDocument {
    static let summaries: [Operation] = [
        .init(method: "get", path: "/api/summaries", summary: "Summaries of a unit", tag: "summaries", query: ["unit", "period"]),
        .init(method: "post", path: "/api/summaries", summary: "Draft a summary from the ledger (version 1, checked); with background: true, 202 and a job to poll", tag: "summaries", body: "SummaryInput"),
        .init(method: "get", path: "/api/summaries/jobs/{id}", summary: "A background draft: running, done (with summary_id) or failed", tag: "summaries"),
        .init(method: "get", path: "/api/summaries/{id}", summary: "The latest version with its content, checker findings and style findings (文风检查)", tag: "summaries"),
        .init(method: "put", path: "/api/summaries/{id}", summary: "Save a new version from paragraph edits or whole content", tag: "summaries", body: "SummaryUpdate"),
        .init(method: "post", path: "/api/summaries/{id}/regenerate", summary: "Draft a new version from the ledger as it stands", tag: "summaries"),
        .init(method: "get", path: "/api/summaries/{id}/versions", summary: "Versions with author, time and finding count", tag: "summaries"),
        .init(method: "get", path: "/api/summaries/{id}/versions/{number}", summary: "One version with its findings", tag: "summaries"),
        .init(method: "get", path: "/api/summaries/{id}/compare", summary: "Block-level differences between two versions", tag: "summaries", query: ["from", "to"]),
        .init(method: "get", path: "/api/summaries/{id}/numbers", summary: "Every number of a version with its sources", tag: "summaries", query: ["version"]),
        .init(method: "get", path: "/api/summaries/{id}/numbers/{index}", summary: "One number with its ledger entries, targets and reports resolved", tag: "summaries", query: ["version"]),
        .init(method: "get", path: "/api/summaries/{id}/export", summary: "Download as .docx (GB/T 9704), Markdown, HTML or text", tag: "summaries", query: ["format", "version"]),
        .init(method: "get", path: "/api/notes", summary: "Notes on a unit's period (feed 存在的问题)", tag: "summaries", query: ["unit", "period"]),
        .init(method: "post", path: "/api/notes", summary: "Add a note", tag: "summaries", body: "NoteInput"),
        .init(method: "delete", path: "/api/notes/{id}", summary: "Delete a note", tag: "summaries"),
    ]
}

extension OpenAPISchemas {
    nonisolated(unsafe) static let summaries: [String: Any] = [
        "SummaryInput": object(["unit_id": integer, "period": period, "subtree": boolean, "background": boolean], required: ["unit_id", "period"]),
        "SummaryUpdate": object(["base_version": integer,
                                 "edits": ["type": "array", "items": object(["block": string, "text": string], required: ["block", "text"])],
                                 "content": ["type": "object", "description": "A whole SummaryDocument; numbers not unchanged from the base become untraced"]],
                                required: ["base_version"]),
        "NoteInput": object(["unit_id": integer, "period": period, "text": string], required: ["unit_id", "period", "text"]),
    ]
}
