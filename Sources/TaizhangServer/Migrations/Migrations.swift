import Fluent

/// All migrations in order. Files under `NNN/` are never edited after they land:
/// a change to the schema is a new migration.
enum Migrations {
    static let all: [any Migration] = [
        CreateUnits(), CreateUsers(), CreateRoleGrants(), CreateTokens(), CreateIndicators(),
        CreateEntries(), CreateEntryValues(), CreateTargets(), CreatePlans(), CreateValidationRules(),
        CreateSubmissions(), CreateSubmissionEvents(), CreateAuditLog(), CreateReminders(),
        CreateNotifications(), CreateIndexes(),
        // 002: summaries with versions, notes, evidence files.
        CreateSummaries(), CreateSummaryVersions(), CreateNotes(), CreateEvidence(), CreateSummaryIndexes(),
        // 003: demonstration-zone process management (SPEC §4).
        CreateProcessRuleSets(), CreateLeadingGroups(), CreateLiaisons(), CreateFunds(), CreateSupervision(),
        CreatePublicity(), CreateAssessment(), CreateProcessIndexes(),
        // 004: one write path: chained audit events, record versions, reopened periods.
        CreateAuditEvents(), AddRecordVersions(), CreateWriteIndexes(),
        // 005: holiday calendar, adoption tier reasons, unit establishment dates (#13).
        CreateNumbers(),
        // 006: government service supervision (SPEC §7).
        CreateServiceCatalog(), CreateServiceCases(), CreateServiceRatings(), CreateServiceAppraisal(), CreateServiceIndexes(),
        AddServiceCaseIDIndex(),
        // 007: account security (issue #12): password state, login throttling.
        AddAccountSecurity(), CreateLoginAttempts(),
        // 016: disabled accounts and e-mail addresses for reminders (issue #16).
        AddUserStatus(),
        // 018: operations: scheduled job ticks (run once across instances), the matrix's covering index.
        CreateJobRuns(), CreateMatrixIndexes(),
        // 019: summary drafts in the background (a county's half-year, docs/scale.md).
        CreateSummaryJobs(),
    ]
}
