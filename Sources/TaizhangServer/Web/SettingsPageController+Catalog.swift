import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// Editing an indicator on the admin's catalog page (issue #16 P10: the catalog could be added
/// to and retired from, not corrected): its Chinese and English names and its work area. The
/// code and the measure word stay — recorded figures were counted in that unit.
extension SettingsPageController {
    static func editIndicatorForm(_ i: Indicator, groups: [String], _ ctx: PageContext) -> Page.Form {
        Page.Form(id: "edit-\(i.code)", title: l(ctx, "修改", "Edit"), action: "/admin/catalog/\(i.code)", fields: [
            .init("name", l(ctx, "名称", "Name"), value: i.name, required: true),
            .init("name_en", l(ctx, "英文名称", "English name"), value: i.nameEn, required: true),
            .init("group", l(ctx, "工作类别", "Work area"), .select(groups.map { ($0, Localized.indicatorGroup($0, ctx.lang)) }),
                  value: i.group, required: true),
        ], button: ctx.text(.save))
    }

    /// POST /admin/catalog/{code}.
    static func editIndicator(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        return try await change(req, form: "edit-\(code)", page: catalogPage, back: "/admin/catalog#row-\(code)",
                                done: ("已保存指标。", "Indicator saved.")) { v in
            func text(_ k: String) -> String { (v[k] ?? "").trimmingCharacters(in: .whitespaces) }
            for (k, zh, en) in [("name", "名称", "Name"), ("name_en", "英文名称", "English name")] where text(k).isEmpty {
                throw AppError.invalid([DomainError("required", zh: "请填写\(zh)。", en: "\(en) is required.", field: k)])
            }
            try await Settings.updateIndicator(code, actor: try await req.actor(), writes: req.writes, cache: req.application.catalogCache) { old in
                var i = old
                // The prose phrase followed the name unless someone had set it apart.
                if i.phrase == i.name { i.phrase = text("name") }
                i.name = text("name"); i.nameEn = text("name_en")
                if !text("group").isEmpty { i.group = text("group") }
                return i
            }
        }
    }
}
