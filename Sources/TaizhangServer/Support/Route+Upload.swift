import Vapor

extension Route {
    /// Marks a route whose body may be larger than the default (file uploads). Its body is
    /// collected up to `size` before the handler runs, and `SessionAuthenticator` collects
    /// it up to the same limit when it must read the form's `_csrf` field first.
    @discardableResult
    func allowingBody(_ size: ByteCount) -> Route {
        userInfo["tz.maxBody"] = size.value
        return self
    }

    var declaredMaxBody: Int? { userInfo["tz.maxBody"] as? Int }
}
