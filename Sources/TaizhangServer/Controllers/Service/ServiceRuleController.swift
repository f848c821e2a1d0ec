import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7 rules as data: the active service rule set (read by everyone signed in,
/// replaced by an admin), in the file format of `service-rules-default.json`.
enum ServiceRuleController {
    static func get(req: Request) async throws -> Response {
        _ = try req.caller()
        return json(try await req.serviceStore.rules())
    }

    /// Replaces the active rule set (admin): refused with every problem `problems()` finds.
    static func put(req: Request) async throws -> Response {
        guard try await req.scope().isAdmin else { throw AppError.forbidden }
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw AppError.badRequest("empty_body", zh: "请求内容为空。", en: "The request body is empty.")
        }
        let rules: ServiceRuleSet
        do { rules = try JSONDecoder().decode(ServiceRuleSet.self, from: Data(buffer: body)) } catch let e as DecodingError {
            throw AppErrorMiddleware.appError(e)
        }
        try AppError.check(rules.problems().map(\.error))
        let now = req.now
        try await req.serviceWrite { db in
            let before = try await ServiceStore(db: db).rules()
            try await ServiceRuleSetModel.query(on: db).set(\.$active, to: false).update()
            let model = try await ServiceRuleSetModel.query(on: db).filter(\.$code == rules.code).first() ?? ServiceRuleSetModel(rules, at: now)
            model.definition = JSON.string(rules); model.active = true; model.updatedAt = now
            try await model.save(on: db)
            try await req.audit(on: db, "update", "service_rule_set", id: model.id, unit: nil, before: before, after: rules)
        }
        return json(rules)
    }

    static func json(_ rules: ServiceRuleSet) -> Response {
        var headers = HTTPHeaders(); headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: JSON.string(rules)))
    }
}
