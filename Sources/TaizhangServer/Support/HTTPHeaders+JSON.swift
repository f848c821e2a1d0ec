import Vapor

extension HTTPHeaders {
    /// Whether the body is JSON and in which charset (nil: none given). The two spellings
    /// clients send nearly always are recognised as written; Vapor's full media-type parse,
    /// which cost a POST more than its JSON field peek (issue #18), reads the rest.
    var jsonBody: (isJSON: Bool, charset: String?) {
        guard let raw = first(name: .contentType) else { return (false, nil) }
        if raw == "application/json" { return (true, nil) }
        if raw == "application/json; charset=utf-8" { return (true, "utf-8") }
        guard let type = contentType else { return (false, nil) }
        return (type.subType == "json", type.parameters["charset"]?.lowercased())
    }
}
