import Logging
import Vapor

extension Application {
    /// Creates and configures an application for the CLI and the server.
    public static func makeTaizhang(config: AppConfig, dependencies: Dependencies? = nil,
                                    environment: Environment = .production) async throws -> Application {
        let app = try await Application.make(environment)
        do {
            var deps = dependencies ?? Dependencies()
            if dependencies == nil, let url = config.webhookURL {
                deps.notifier = FanOutNotifier([LogNotifier(), WebhookNotifier(url: url, client: app.client)])
            }
            try await configure(app, config: config, dependencies: deps)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }
}
