import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

/// Sets up storage, middleware, routes and the reminder job.
public func configure(_ app: Application, config: AppConfig, dependencies: Dependencies = Dependencies()) async throws {
    app.appConfig = config
    app.dependencies = dependencies
    app.unitDirectory = UnitDirectory()
    app.catalogCache = CatalogCache()
    app.metrics = AppMetrics()
    // SQLite: one writer; PostgreSQL: half the pool commits groups, the rest serves reads.
    app.writeGate = WriteGate(metrics: app.metrics, maxLeaders: config.database.engine.serializesWrites
                              ? 1 : config.writeGroups ?? max(2, config.postgresPoolPerLoop * System.coreCount / 2))
    app.writeLookups = WriteLookups()
    app.serviceCases = ServiceCaseCache()
    ContentConfiguration.global.use(encoder: JSONEncoder.api, for: .json)
    ContentConfiguration.global.use(decoder: JSONDecoder.api, for: .json)
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = ByteCount(stringLiteral: config.maxBody)

    switch config.database {
    case .sqlite(let path):
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: .debug), as: .sqlite)
    case .postgres(let url):
        let pg = try SQLPostgresConfiguration(url: url)
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: config.postgresPoolPerLoop, sqlLogLevel: .debug), as: .psql)
    }
    try await app.prepareDatabaseConnections(engine: config.database.engine)
    if case .sqlite(let path) = config.database, BenchSwitches.checkpointer { app.lifecycle.use(SQLiteCheckpointer(path: path)) }
    if case .sqlite(let path) = config.database, BenchSwitches.sqliteWriter {
        let writer = SQLiteWriter(path: path)
        try await writer.prepare(engine: config.database.engine, logger: app.logger)
        app.sqliteWriter = writer
        app.lifecycle.use(writer)
    }
    // SQLite: one connection per event loop; PostgreSQL: `postgresPoolPerLoop` each.
    let loops = app.eventLoopGroup.makeIterator().reduce(0) { n, _ in n + 1 }
    app.metrics.poolSize.set(Double(loops * (config.database.engine.serializesWrites ? 1 : config.postgresPoolPerLoop)))
    app.migrations.add(Migrations.all)

    app.middleware = Middlewares()
    app.middleware.use(MetricsMiddleware(metrics: app.metrics))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(WebMiddleware())
    app.middleware.use(BodyLimitMiddleware())
    app.middleware.use(SessionAuthenticator())
    app.middleware.use(RouteGuard())

    try routes(app)
    if config.runsReminderJob { app.lifecycle.use(ScheduledJob.reminders(interval: config.reminderInterval)) }
}
