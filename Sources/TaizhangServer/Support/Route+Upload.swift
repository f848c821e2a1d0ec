import Vapor

extension RoutesBuilder {
    /// A POST whose body may be larger than the default (file uploads, whole documents).
    /// The limit is recorded on the route, so that a declared `Content-Length` above it is
    /// refused (413) before a byte is read (`BodyLimitMiddleware`). The body arrives as a stream:
    /// a multipart form is parsed while it arrives (`WebForm.stream`), never collected whole
    /// first; any other body is collected up to the limit.
    @discardableResult
    func post<Response: AsyncResponseEncodable>(_ path: PathComponent..., maxBody: ByteCount,
                                                use closure: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let limit = maxBody.value
        let route = on(.POST, path, body: .stream) { req async throws -> Response in
            if req.headers.contentType?.type == "multipart" {
                try await WebForm.stream(req, max: limit)
            } else if req.body.data == nil {
                _ = try await req.body.collect(max: limit).get()
            }
            return try await closure(req)
        }
        route.userInfo["tz.maxBody"] = limit
        return route
    }
}

extension Route {
    /// The body limit a route declared with `post(_:maxBody:use:)`, if any.
    var declaredMaxBody: Int? { userInfo["tz.maxBody"] as? Int }
}

/// Refuses a body whose declared length exceeds the route's limit before reading it: a 50 MB
/// upload to a 10 MB route costs one header line, not 50 MB of network and parsing.
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init) {
            let max = request.route?.declaredMaxBody ?? request.application.routes.defaultMaxBodySize.value
            if declared > max {
                throw AppError(.payloadTooLarge, "body_too_large",
                               zh: "提交的数据过大（上限\(EvidenceStore.limitText(max))）。",
                               en: "The request body is too large (limit \(EvidenceStore.limitText(max))).")
            }
        }
        return try await next.respond(to: request)
    }
}
