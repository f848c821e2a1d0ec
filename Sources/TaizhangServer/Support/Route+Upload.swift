import Vapor

extension RoutesBuilder {
    /// A POST whose body may be larger than the default (file uploads, whole documents).
    /// The route collects it up to `maxBody`, and the limit is recorded on the route so that
    /// `SessionAuthenticator`, which must read a form's `_csrf` field before the handler
    /// runs, collects it up to the same limit: one number for both.
    @discardableResult
    func post<Response: AsyncResponseEncodable>(_ path: PathComponent..., maxBody: ByteCount,
                                                use closure: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let route = on(.POST, path, body: .collect(maxSize: maxBody), use: closure)
        route.userInfo["tz.maxBody"] = maxBody.value
        return route
    }
}

extension Route {
    /// The body limit a route declared with `post(_:maxBody:use:)`, if any.
    var declaredMaxBody: Int? { userInfo["tz.maxBody"] as? Int }
}
