import Logging
import Vapor

extension Application {
    /// Creates and configures an application for the CLI and the server.
    public static func makeTaizhang(config: AppConfig, dependencies: Dependencies? = nil,
                                    environment: Environment = .production) async throws -> Application {
        let app = try await Application.make(environment)
        do {
            var deps = dependencies ?? Dependencies()
            if dependencies == nil {
                var channels: [any Notifier] = [LogNotifier()]
                if let url = config.webhookURL { channels.append(WebhookNotifier(url: url, client: app.client)) }
                if let smtp = config.smtp { channels.append(MailNotifier(settings: smtp, threadPool: app.threadPool)) }
                if channels.count > 1 { deps.notifier = FanOutNotifier(channels) }
            }
            try await configure(app, config: config, dependencies: deps)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }
}
