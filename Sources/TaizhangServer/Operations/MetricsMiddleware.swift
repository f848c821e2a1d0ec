import Vapor

/// Counts every request and times it by route pattern; the outermost middleware, so the
/// status is the one the client got (errors already turned into responses).
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: AppMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        do {
            let response = try await next.respond(to: request)
            metrics.request(method: request.method.rawValue, route: route, status: response.status.code,
                            duration: ContinuousClock.now - start)
            return response
        } catch {
            let status = (error as? any AbortError)?.status.code ?? 500
            metrics.request(method: request.method.rawValue, route: route, status: status, duration: ContinuousClock.now - start)
            throw error
        }
    }
}

/// `GET /metrics` in Prometheus' text format. Open to a scraper on the same machine
/// (loopback, not forwarded by a proxy); from elsewhere only with
/// `Authorization: Bearer $TAIZHANG_METRICS_TOKEN` when that is set.
enum MetricsController {
    static func scrape(req: Request) async throws -> Response {
        guard allowed(req) else { throw AppError.forbidden }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: req.application.metrics.registry.emitToBuffer())))
    }

    static func allowed(_ req: Request) -> Bool {
        if let token = req.application.appConfig.metricsToken, let sent = req.headers.bearerAuthorization?.token {
            return sent == token
        }
        let forwarded = req.headers.first(name: "X-Forwarded-For") != nil || req.headers.first(name: "X-Real-IP") != nil
        guard !forwarded else { return false }
        // The in-process test client has no socket address.
        guard let ip = req.remoteAddress?.ipAddress else { return req.application.environment == .testing }
        return ip == "127.0.0.1" || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
