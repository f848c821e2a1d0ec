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
    app.writeGate = WriteGate()
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
        app.databases.use(.postgres(configuration: pg, sqlLogLevel: .debug), as: .psql)
    }
    try await app.prepareDatabaseConnections(engine: config.database.engine)
    app.migrations.add(Migrations.all)

    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(WebMiddleware())
    app.middleware.use(BodyLimitMiddleware())
    app.middleware.use(SessionAuthenticator())
    app.middleware.use(RouteGuard())

    try routes(app)
    if config.runsReminderJob { app.lifecycle.use(ReminderJob()) }
}
