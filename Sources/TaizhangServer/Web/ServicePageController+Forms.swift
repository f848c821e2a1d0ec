import Foundation
import TaizhangDomain
import TaizhangService
import TaizhangWeb
import Vapor

/// The service pages' forms: each posts through the API's own function and comes back to
/// its page with a message (a refusal names what was wrong).
extension ServicePageController {
    static func importCases(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let form = try WebForm.read(req)
        guard let file = form.files.first(where: { $0.field == "file" }), file.data.readableBytes > 0 else {
            return req.seeOther(req.servicePath("/service"), flash: .init(.error, s.lang == .en ? "Choose a CSV or XLSX file." : "请选择CSV或XLSX文件。"))
        }
        var imported = ServiceImportController.Result(inserted: 0, updated: 0, unchanged: 0, total: 0)
        let response = try await ServiceRows.post(req, back: req.servicePath("/service"), success: "") {
            imported = try await ServiceImportController.importFile(req, centre: s.centre, data: Data(buffer: file.data), name: file.filename)
        }
        guard response.cookies[Request.flashCookie].map({ $0.string.hasPrefix("success") }) ?? false else { return response }
        let text = s.lang == .en ? "Imported: \(imported.inserted) new, \(imported.updated) updated, \(imported.unchanged) unchanged."
                                 : "已导入：新增\(imported.inserted)件，更新\(imported.updated)件，未变\(imported.unchanged)件。"
        return req.seeOther(req.servicePath("/service"), flash: .init(.success, text))
    }

    static func issueOrder(req: Request) async throws -> Response {
        let id = try req.pathID(), v = try WebForm.read(req).values
        return try await ServiceRows.post(req, back: req.servicePath("/service/cases/\(id)"), success: req.language.text(.svcIssueOrder) + " ✓") {
            _ = try await ServiceOrderController.issue(req, caseID: id, level: v["level"] ?? "", reason: ProcessForm.text(v, "reason"))
        }
    }

    static func orderAction(_ action: String) -> @Sendable (Request) async throws -> Response {
        { req in
            let v = try WebForm.read(req).values
            guard let model = try await ServiceOrderModel.find(try req.pathID(), on: req.db) else { throw AppError.notFound("Order", zh: "该督办") }
            let back = req.servicePath("/service/cases/\(model.caseID)")
            return try await ServiceRows.post(req, back: back, success: req.language == .en ? "Saved." : "已保存。") {
                switch action {
                case "response": _ = try await ServiceOrderController.respond(req, text: ProcessForm.text(v, "text"))
                case "close": _ = try await ServiceOrderController.close(req, conclusion: ProcessForm.text(v, "conclusion"))
                default: _ = try await ServiceOrderController.escalate(req)
                }
            }
        }
    }

    static func fixAction(_ action: String) -> @Sendable (Request) async throws -> Response {
        { req in
            let v = try WebForm.read(req).values
            let back = req.servicePath("/service/ratings" + (v["month"].map { "?month=\($0)" } ?? ""))
            return try await ServiceRows.post(req, back: back, success: req.language == .en ? "Saved." : "已保存。") {
                switch action {
                case "measures": _ = try await ServiceFixController.measures(req, text: ProcessForm.text(v, "text"))
                case "callbacks": _ = try await ServiceFixController.callback(req, .init(on: nil, result: ProcessForm.text(v, "result"), satisfied: v["satisfied"] == "1"))
                default: _ = try await ServiceFixController.close(req: req)
                }
            }
        }
    }

    static func appealAction(_ decide: Bool) -> @Sendable (Request) async throws -> Response {
        { req in
            let v = try WebForm.read(req).values
            return try await ServiceRows.post(req, back: req.servicePath("/service/ratings"), success: req.language == .en ? "Saved." : "已保存。") {
                if decide { _ = try await ServiceRatingController.decide(req, .init(upheld: v["upheld"] == "1", note: ProcessForm.text(v, "note"))) }
                else { _ = try await ServiceRatingController.appeal(req, reason: ProcessForm.text(v, "reason")) }
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
            _ = try await ServiceAppraisalController.addRecord(req, centre: s.centre, .init(
                staffId: staff, date: try ProcessForm.date(v, "date")!, source: source,
                count: Double(ProcessForm.text(v, "count")), note: ProcessForm.text(v, "note")))
        }
    }

    static func publishStars(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let period = try req.queryPeriod()
        return try await ServiceRows.post(req, back: req.servicePath("/service/appraisal?quarter=\(period.code)"),
                                          success: s.lang == .en ? "Published." : "评选结果已公布。") {
            _ = try await ServiceAppraisalController.publish(req, centre: s.centre, period: period)
        }
    }

    static func circular(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        return try await ServiceAppraisalController.circular(req, centre: s.centre, period: try req.queryPeriod(), format: req.queryText("format") ?? "docx")
    }
}
