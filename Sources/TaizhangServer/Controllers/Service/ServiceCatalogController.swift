import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7 the item catalog (事项) with statutory and promised limits and steps, and the
/// centre's windows and their staff. Reads: anyone who reads the centre; writes: the
/// supervision side (a supervisor for items, whose limits the supervision enforces).
enum ServiceCatalogController {
    /// An item as the API takes it (snake_case keys; `…_id` fields spelled as the decoder maps them).
    struct ItemInput: Content {
        var code: String; var name: String; var departmentId: Int; var windowId: Int?; var kind: ServiceItem.Kind?
        var statutoryDays: Int; var promisedDays: Int; var steps: [ItemStep]?

        func item(id: Int) -> ServiceItem {
            ServiceItem(id: id, code: code, name: name, departmentID: departmentId, windowID: windowId, kind: kind ?? .promised,
                        statutoryDays: statutoryDays, promisedDays: promisedDays, steps: steps ?? [])
        }
    }
    struct WindowInput: Content { var departmentId: Int; var number: String; var name: String }
    struct StaffInput: Content { var windowId: Int; var workNumber: String; var name: String; var userId: Int? }

    static func items(req: Request) async throws -> [ServiceItem] {
        try await req.serviceStore.items(try await req.centreAccess().centre)
    }

    static func createItem(req: Request) async throws -> Response {
        let access = try await req.supervisingCentre(manage: true)
        let item = try req.decodeJSON(ItemInput.self).item(id: 0)
        return try Response.created(try await save(req, item, access: access, existing: nil))
    }

    /// Replaces an item; cases already imported keep the limits they were accepted under.
    static func updateItem(req: Request) async throws -> ServiceItem {
        let id = try req.pathID()
        guard let model = try await ServiceItemModel.find(id, on: req.db) else { throw AppError.notFound("Item", zh: "该事项") }
        let access = try await req.supervisingCentre(model.centreID, manage: true)
        let item = try req.decodeJSON(ItemInput.self).item(id: id)
        return try await save(req, item, access: access, existing: id)
    }

    private static func save(_ req: Request, _ item: ServiceItem, access: CentreAccess, existing: Int?) async throws -> ServiceItem {
        var problems = item.problems()
        if access.scope.tree[item.departmentID]?.parentID != access.centre {
            problems.append(DomainError("unknown_department", zh: "所属部门须为本中心的进驻部门。", en: "department_id must be a department of this centre.", field: "department_id"))
        }
        if let w = item.windowID, try await ServiceWindowModel.find(w, on: req.db)?.centreID != access.centre {
            problems.append(DomainError("unknown_window", zh: "窗口不属于本中心。", en: "window_id is not a window of this centre.", field: "window_id"))
        }
        try AppError.check(problems)
        let centre = access.centre, now = req.now
        return try await req.serviceWrite { db in
            let clash = try await ServiceItemModel.query(on: db).filter(\.$centreID == centre).filter(\.$code == item.code).first()
            if let clash, clash.id != existing {
                throw AppError(.conflict, "duplicate_code", zh: "事项编码“\(item.code)”已存在。", en: "Item code \(item.code) exists.", field: "code")
            }
            var found: ServiceItemModel?
            if let existing { found = try await ServiceItemModel.find(existing, on: db) }
            let model = found ?? ServiceItemModel()
            let before = existing == nil ? nil : model.domain
            model.apply(item, centre: centre, at: now)
            try await model.save(on: db)
            try await req.audit(on: db, existing == nil ? "create" : "update", "service_item", id: model.id, unit: centre, before: before, after: model.domain)
            return model.domain
        }
    }

    static func windows(req: Request) async throws -> [ServiceWindow] {
        try await req.serviceStore.windows(try await req.centreAccess().centre)
    }

    static func createWindow(req: Request) async throws -> Response {
        let access = try await req.supervisingCentre(manage: true)
        let input = try req.decodeJSON(WindowInput.self)
        var problems = [AppError.required(input.number, field: "number", zh: "窗口编号"), AppError.required(input.name, field: "name", zh: "窗口名称")].compactMap { $0 }
        if access.scope.tree[input.departmentId]?.parentID != access.centre {
            problems.append(DomainError("unknown_department", zh: "所属部门须为本中心的进驻部门。", en: "department_id must be a department of this centre.", field: "department_id"))
        }
        try AppError.check(problems)
        let centre = access.centre
        let w = try await req.serviceWrite { db -> ServiceWindow in
            if try await ServiceWindowModel.query(on: db).filter(\.$centreID == centre).filter(\.$number == input.number).count() > 0 {
                throw AppError(.conflict, "duplicate_number", zh: "窗口编号“\(input.number)”已存在。", en: "Window \(input.number) exists.", field: "number")
            }
            let m = ServiceWindowModel(ServiceWindow(id: 0, departmentID: input.departmentId, number: input.number, name: input.name), centre: centre)
            try await m.create(on: db)
            try await req.audit(on: db, "create", "service_window", id: m.id, unit: centre, after: m.domain)
            return m.domain
        }
        return try Response.created(w)
    }

    static func staff(req: Request) async throws -> [ServiceStaff] {
        try await req.serviceStore.staff(try await req.centreAccess().centre)
    }

    static func createStaff(req: Request) async throws -> Response {
        let access = try await req.supervisingCentre()
        let input = try req.decodeJSON(StaffInput.self)
        try AppError.check([AppError.required(input.workNumber, field: "work_number", zh: "工号"),
                            AppError.required(input.name, field: "name", zh: "姓名")].compactMap { $0 })
        let centre = access.centre
        let s = try await req.serviceWrite { db -> ServiceStaff in
            guard try await ServiceWindowModel.find(input.windowId, on: db)?.centreID == centre else {
                throw AppError.invalid([DomainError("unknown_window", zh: "窗口不属于本中心。", en: "window_id is not a window of this centre.", field: "window_id")])
            }
            if try await ServiceStaffModel.query(on: db).filter(\.$centreID == centre).filter(\.$workNumber == input.workNumber).count() > 0 {
                throw AppError(.conflict, "duplicate_number", zh: "工号“\(input.workNumber)”已存在。", en: "Work number \(input.workNumber) exists.", field: "work_number")
            }
            let m = ServiceStaffModel(ServiceStaff(id: 0, windowID: input.windowId, workNumber: input.workNumber, name: input.name, userID: input.userId), centre: centre)
            try await m.create(on: db)
            try await req.audit(on: db, "create", "service_staff", id: m.id, unit: centre, after: m.domain)
            return m.domain
        }
        return try Response.created(s)
    }
}
