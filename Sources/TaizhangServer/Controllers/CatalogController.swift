import Fluent
import TaizhangDomain
import Vapor

/// The indicator catalog: everyone signed in reads it; admins extend it.
enum CatalogController {
    static func list(req: Request) async throws -> [Indicator] {
        _ = try req.caller()
        return try await req.catalog().indicators
    }

    static func create(req: Request) async throws -> Indicator {
        let caller = try req.caller()
        guard try await req.scope().can(.manageGlobalSettings) else { throw AppError.forbidden }
        let indicator = try req.decodeJSON(Indicator.self)
        guard !indicator.code.isEmpty, indicator.code.count <= 64,
              indicator.code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
            throw AppError.badRequest("invalid_code", zh: "指标代码须为小写字母、数字或下划线。", en: "Indicator codes are lowercase letters, digits or _.", field: "code")
        }
        if try await IndicatorModel.query(on: req.db).filter(\.$code == indicator.code).first() != nil {
            throw AppError(.conflict, "indicator_exists", zh: "指标代码“\(indicator.code)”已存在。", en: "Indicator “\(indicator.code)” exists.", field: "code")
        }
        try await req.db.transaction { db in
            try await IndicatorModel(indicator).create(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "create", entity: "indicator", entityID: nil,
                                   unitID: nil, before: Audit.None?.none, after: indicator, at: req.now)
        }
        await req.application.catalogCache.invalidate()
        return indicator
    }
}
