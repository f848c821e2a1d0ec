import Foundation
import TaizhangDomain
import TaizhangService
import TaizhangWeb
import Vapor

/// The service pages' forms: each posts through the service use case the API calls and comes back to
/// its page with a message (a refusal names what was wrong).
extension ServicePageController {
    static func importCases(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let form = try WebForm.read(req)
        guard let file = form.files.first(where: { $0.field == "file" }), file.data.readableBytes > 0 else {
            return req.seeOther(req.servicePath("/service"), flash: .init(.error, s.lang == .en ? "Choose a CSV or XLSX file." : "请选择CSV或XLSX文件。"))
        }
        var imported = ServiceImports.Result(inserted: 0, updated: 0, unchanged: 0, total: 0)
        let response = try await ServiceRows.post(req, back: req.servicePath("/service"), success: "") {
            imported = try await ServiceImports.importFile(centre: s.centre, data: Data(buffer: file.data), name: file.filename, in: s.service)
        }
        guard response.cookies[Request.flashCookie].map({ $0.string.hasPrefix("success") }) ?? false else { return response }
        let text = s.lang == .en ? "Imported: \(imported.inserted) new, \(imported.updated) updated, \(imported.unchanged) unchanged."
                                 : "已导入：新增\(imported.inserted)件，更新\(imported.updated)件，未变\(imported.unchanged)件。"
        return req.seeOther(req.servicePath("/service"), flash: .init(.success, text))
    }

    static func issueOrder(req: Request) async throws -> Response {
        let id = try req.pathID(), v = try WebForm.read(req).values, ctx = try await req.serviceContext()
        return try await ServiceRows.post(req, back: req.servicePath("/service/cases/\(id)"), success: req.language.text(.svcIssueOrder) + " ✓") {
            _ = try await ServiceOrders.issue(caseID: id, level: v["level"] ?? "", reason: ProcessForm.text(v, "reason"), in: ctx)
        }
    }

    static func orderAction(_ action: String) -> @Sendable (Request) async throws -> Response {
        { req in
            let v = try WebForm.read(req).values, id = try req.pathID(), ctx = try await req.serviceContext()
            let back = req.servicePath("/service/cases/\(try await ServiceOrders.caseOf(order: id, in: ctx))")
            return try await ServiceRows.post(req, back: back, success: req.language == .en ? "Saved." : "已保存。") {
                switch action {
                case "response": _ = try await ServiceOrders.respond(id, text: ProcessForm.text(v, "text"), in: ctx)
                case "close": _ = try await ServiceOrders.close(id, conclusion: ProcessForm.text(v, "conclusion"), in: ctx)
                default: _ = try await ServiceOrders.escalate(id, in: ctx)
                }
            }
        }
    }

    static func fixAction(_ action: String) -> @Sendable (Request) async throws -> Response {
        { req in
            let v = try WebForm.read(req).values, id = try req.pathID(), ctx = try await req.serviceContext()
            let back = req.servicePath("/service/ratings" + (v["month"].map { "?month=\($0)" } ?? ""))
            return try await ServiceRows.post(req, back: back, success: req.language == .en ? "Saved." : "已保存。") {
                switch action {
                case "measures": _ = try await ServiceFixes.measures(id, text: ProcessForm.text(v, "text"), in: ctx)
                case "callbacks": _ = try await ServiceFixes.callback(id, .init(on: nil, result: ProcessForm.text(v, "result"), satisfied: v["satisfied"] == "1"), in: ctx)
                default: _ = try await ServiceFixes.close(id, in: ctx)
                }
            }
        }
    }

    static func appealAction(_ decide: Bool) -> @Sendable (Request) async throws -> Response {
        { req in
            let v = try WebForm.read(req).values, id = try req.pathID(), ctx = try await req.serviceContext()
            return try await ServiceRows.post(req, back: req.servicePath("/service/ratings"), success: req.language == .en ? "Saved." : "已保存。") {
                if decide { _ = try await ServiceRatings.decide(id, .init(upheld: v["upheld"] == "1", note: ProcessForm.text(v, "note")), in: ctx) }
                else { _ = try await ServiceRatings.appeal(id, reason: ProcessForm.text(v, "reason"), in: ctx) }
            }
        }
    }

    static func addFact(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let v = try WebForm.read(req).values
        return try await ServiceRows.post(req, back: req.servicePath("/service/appraisal"), success: s.lang == .en ? "Recorded." : "已录入。") {
            guard let staff = Int(v["staff_id"] ?? ""), let source = AppraisalSource(rawValue: v["source"] ?? "") else {
                throw ProcessForm.invalid("source", zh: "请选择人员和考核项目。", en: "Choose the staff member and the item.")
            }
            _ = try await ServiceAppraisal.addRecord(centre: s.centre, .init(
                staffId: staff, date: try ProcessForm.date(v, "date")!, source: source,
                count: Double(ProcessForm.text(v, "count")), note: ProcessForm.text(v, "note")), in: s.service)
        }
    }

    static func publishStars(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let period = try req.queryPeriod()
        return try await ServiceRows.post(req, back: req.servicePath("/service/appraisal?quarter=\(period.code)"),
                                          success: s.lang == .en ? "Published." : "评选结果已公布。") {
            _ = try await ServiceAppraisal.publish(centre: s.centre, period: period, in: s.service)
        }
    }

    static func circular(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let c = try await ServiceAppraisal.circular(centre: s.centre, period: try req.queryPeriod(), in: s.service)
        return try StarCircular.response(c.document, format: req.queryText("format") ?? "docx", name: c.name)
    }
}
