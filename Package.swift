// swift-tools-version:6.0
//
// Layering (kept true; nothing depends upward):
//
//   taizhang (executable)  — parses arguments only, calls the libraries below
//        │
//   TaizhangServer         — Vapor + Fluent shell: API controllers (Controllers/) and page controllers
//                            (Web/) are thin adapters over one use-case layer (UseCases/: Writes, Actor,
//                            one namespace per capability; no Vapor, no Request — LayeringTests keeps it
//                            so), which alone opens transactions → storage
//        │
//   TaizhangProcess        — pure: SPEC §4 process rules (data) and their evaluation
//   TaizhangService        — pure: SPEC §7 time-limited cases, ratings, window appraisal (data)
//   TaizhangWeb            — pure: web pages (HTML/SVG) as functions of plain models
//   TaizhangSummary        — pure: ledger figures and process records → summary draft input;
//                            summary templates; checker and style check on drafts
//        │
//   TaizhangDocument       — pure: drafting and writing documents (.docx / Markdown / HTML)
//   TaizhangText           — pure: reading and checking Chinese work summaries (体检)
//        │
//   TaizhangDomain         — pure: units, periods, indicators, plans, due dates, timeliness,
//                            validation rules, aggregation (no Vapor/Fluent imports)
//
// Pure targets import no Vapor/Fluent and are tested without a database.
import PackageDescription

let package = Package(
    name: "Taizhang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "taizhang", targets: ["taizhang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3" ..< "5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Property-based tests of the domain's invariants (roll-ups, timeliness, working days).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // Pure domain rules.
        .target(
            name: "TaizhangDomain",
            resources: [.copy("Resources")]
        ),
        // Pure text analysis (the checker, 体检).
        .target(
            name: "TaizhangText",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Pure document writing (drafts, .docx per GB/T 9704, Markdown, HTML).
        .target(
            name: "TaizhangDocument",
            dependencies: [
                // Only for `SpreadsheetCell` and `CSVReader`: the one CSV-injection rule and the one
                // CSV grammar (CSVTable).
                "TaizhangDomain",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Pure: SPEC §4 process management (leading groups, liaison, funds, supervision,
        // publicity scoring, acceptance with the veto, rubrics); rules as data.
        .target(name: "TaizhangProcess", dependencies: ["TaizhangDomain"], resources: [.copy("Resources")]),
        // Pure: SPEC §7 government service supervision (items, cases and their computed
        // status, rates, 督办, 好差评 with the fix loop, window appraisal); rules as data.
        .target(name: "TaizhangService", dependencies: ["TaizhangDomain"], resources: [.copy("Resources")]),
        // Pure: from ledger figures and process records to a summary draft (DraftInput), the
        // summary templates (data), and the checker and style check on drafts.
        .target(name: "TaizhangSummary", dependencies: ["TaizhangDomain", "TaizhangDocument", "TaizhangText", "TaizhangProcess"],
                resources: [.copy("Resources")]),
        // Pure: the web app's pages as functions of plain models (HTML, SVG charts, zh/en).
        .target(name: "TaizhangWeb", dependencies: ["TaizhangDomain", "TaizhangDocument"], resources: [.copy("Resources")]),
        // The server shell.
        .target(
            name: "TaizhangServer",
            dependencies: [
                "TaizhangDomain",
                "TaizhangText",
                "TaizhangDocument",
                "TaizhangSummary",
                "TaizhangProcess",
                "TaizhangService",
                "TaizhangWeb",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "taizhang",
            dependencies: [
                "TaizhangServer",
                "TaizhangText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (release builds; results in docs/benchmarks.md).
        .executableTarget(name: "bench-document", dependencies: ["TaizhangDocument", "TaizhangSummary"], path: "Benchmarks/document"),
        .executableTarget(name: "bench-checker", dependencies: ["TaizhangText"], path: "Benchmarks/checker"),
        .executableTarget(name: "bench-checker-cli", dependencies: ["TaizhangText"], path: "Benchmarks/checker-cli"),
        .executableTarget(name: "bench-service", dependencies: ["TaizhangService"], path: "Benchmarks/service"),
        .testTarget(
            name: "TaizhangDomainTests",
            dependencies: ["TaizhangDomain", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "TaizhangTextTests", dependencies: ["TaizhangText"]),
        .testTarget(name: "TaizhangProcessTests", dependencies: ["TaizhangProcess", "TaizhangDomain"]),
        .testTarget(name: "TaizhangServiceTests", dependencies: ["TaizhangService", "TaizhangDomain"]),
        .testTarget(name: "TaizhangWebTests", dependencies: ["TaizhangWeb", "TaizhangDomain", "TaizhangDocument"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TaizhangSummaryTests", dependencies: ["TaizhangSummary", "TaizhangProcess"]),
        .testTarget(name: "TaizhangDocumentTests", dependencies: ["TaizhangDocument"], exclude: ["__Snapshots__"]),
        .testTarget(
            name: "TaizhangServerTests",
            dependencies: [
                "TaizhangServer",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)
