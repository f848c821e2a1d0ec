import TaizhangDomain

/// Every page fixture by name, for the snapshot, CSRF and well-formedness tests.
enum Pages {
    static let all: [(name: String, render: @Sendable (Language) -> String)] = [
        ("login", Fixtures.login), ("home", Fixtures.home), ("ledger", Fixtures.ledger),
        ("entry-edit", Fixtures.entryForm), ("entry-new", Fixtures.newEntry), ("imported", Fixtures.imported),
        ("submissions", Fixtures.submissionsList), ("submission", { Fixtures.submission($0) }),
        ("submission-staff", { lang in Fixtures.submission(lang, roles: [.staff]) }),
        ("matrix", Fixtures.matrix), ("unit", Fixtures.unit), ("rankings", Fixtures.rankings),
        ("checker", Fixtures.checker), ("checker-empty", Fixtures.checkerEmpty),
        ("summaries", Fixtures.summaries), ("summary-edit", { Fixtures.summary($0) }),
        ("summary-read", { Fixtures.summary($0, mode: .read) }), ("summary-compare", Fixtures.compare),
        ("process-group", Fixtures.group), ("process-liaison", Fixtures.liaison), ("process-funds", Fixtures.funds),
        ("process-inspections", Fixtures.inspections), ("process-scores", Fixtures.scores),
        ("process-circular", Fixtures.circular), ("process-acceptance", Fixtures.acceptance), ("error-404", Fixtures.error),
        ("entry", Fixtures.entry), ("home-supervisor", Fixtures.supervisorHome), ("admin-users", Fixtures.users),
        ("admin-plans", Fixtures.plansSettings),
    ]

    /// Pages also snapshotted in English.
    static let english: Set<String> = ["login", "home", "ledger", "entry-edit", "submission", "matrix", "checker",
                                       "summary-edit", "process-inspections", "process-acceptance",
                                       "entry", "home-supervisor", "admin-users"]
}
