extension OpenAPIDocument {
    /// Spreadsheet exports and imports.
    static let operationsAndFiles: [Operation] = [
        .init(method: "get", path: "/api/entries/export", summary: "The ledger as .xlsx (default) or .csv: one column per indicator, ids, unit codes, qualifiers",
              tag: "files", query: ["unit", "period", "category", "indicator", "source", "format"]),
        .init(method: "get", path: "/api/matrix/export", summary: "The reporting-rate matrix as .xlsx or .csv", tag: "files",
              query: ["plan", "unit", "from", "to", "format"]),
        .init(method: "post", path: "/api/imports/entries", summary: "Import ledger entries from .xlsx/.csv (the export's columns; rows with an id update that entry at its version): multipart `file` or the raw body; dry_run=true shows what would change; all or nothing, problems by row",
              tag: "files", query: ["unit", "dry_run", "filename"]),
        .init(method: "post", path: "/api/imports/values", summary: "Import aggregate values (DHIS2 dataValueSets style: dataElement, period, orgUnit, value[, qualifier, comment]) from .xlsx/.csv; dry_run=true; all or nothing",
              tag: "files", query: ["dry_run", "filename"]),
    ]
}
