import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// The indicator catalog, targets, validation rules and process rule sets as admin pages.
extension SettingsPageController {
    // MARK: Catalog

    static func catalog(req: Request) async throws -> Response { try await show(req, catalogPage) }

    static func catalogPage(_ req: Request, _ ctx: PageContext, _ scope: AccessScope) async throws -> Page.Model {
        guard scope.can(.manageGlobalSettings) else { throw AppError.forbidden }
        let catalog = try await req.catalog()
        let groups = Array(Set(catalog.indicators.map(\.group))).sorted()
        let rows = catalog.indicators.map { i in
            Page.Row(id: i.code, cells: [i.code, ctx.lang == .en ? i.nameEn : i.name, i.measureWord, Localized.indicatorGroup(i.group, ctx.lang),
                                         i.retired ? l(ctx, "已停用", "Retired") : l(ctx, "使用中", "In use")],
                     muted: i.retired,
                     forms: [editIndicatorForm(i, groups: groups, ctx),
                             Page.Form(id: "ind-\(i.code)", title: "", action: "/admin/catalog/\(i.code)/" + (i.retired ? "restore" : "retire"),
                                       button: i.retired ? l(ctx, "恢复使用", "Bring back") : l(ctx, "停用", "Retire"),
                                       confirm: i.retired ? nil : l(ctx, "停用后不能再填报该指标，已有数据保留。确定停用吗？",
                                                                    "No new values for it; recorded figures stay. Retire?"),
                                       danger: !i.retired)])
        }
        let add = Page.Form(id: "add", title: l(ctx, "新增指标", "Add indicator"), action: "/admin/catalog", fields: [
            .init("code", l(ctx, "代码", "Code"), required: true, hint: l(ctx, "英文小写和下划线，如 reading_events", "Lower-case letters and _, e.g. reading_events")),
            .init("name", l(ctx, "名称", "Name"), required: true), .init("name_en", l(ctx, "英文名称", "English name"), required: true),
            .init("measure_word", l(ctx, "计量单位", "Measure word"), required: true, hint: l(ctx, "如 场、人次、万元", "e.g. 场, 人次, 万元")),
            .init("group", l(ctx, "工作类别", "Work area"), .select(groups.map { ($0, Localized.indicatorGroup($0, ctx.lang)) }), required: true),
            .init("value_type", l(ctx, "数值类型", "Value type"),
                  .select([("integer", l(ctx, "整数（计数）", "Whole numbers")), ("decimal", l(ctx, "小数（金额、比率）", "Decimals"))]), value: "integer"),
        ], button: l(ctx, "新增指标", "Add indicator"))
        return Page.Model(title: ctx.text(.adminCatalog), path: "/admin/catalog", isAdmin: true, lead: ctx.text(.adminCatalogLead),
                          headers: [l(ctx, "代码", "Code"), ctx.text(.name), l(ctx, "计量单位", "Measure"), l(ctx, "工作类别", "Work area"), ctx.text(.status)],
                          rows: rows, add: add)
    }

    static func addIndicator(req: Request) async throws -> Response {
        try await change(req, form: "add", page: catalogPage, back: "/admin/catalog", done: ("已新增指标。", "Indicator added.")) { v in
            let code = (v["code"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                throw AppError.badRequest("invalid_code", zh: "代码须为英文小写字母、数字或下划线。", en: "Use lower-case letters, digits and _.", field: "code")
            }
            let name = (v["name"] ?? "").trimmingCharacters(in: .whitespaces)
            let indicator = Indicator(code: code, name: name, nameEn: (v["name_en"] ?? "").trimmingCharacters(in: .whitespaces),
                                      measureWord: (v["measure_word"] ?? "").trimmingCharacters(in: .whitespaces),
                                      valueType: Indicator.ValueType(rawValue: v["value_type"] ?? "") ?? .integer,
                                      group: v["group"] ?? "", phrase: name)
            try await Settings.addIndicator(indicator, actor: try await req.actor(), writes: req.writes, cache: req.application.catalogCache)
        }
    }

    static func retireIndicator(req: Request) async throws -> Response { try await setRetired(req, true) }
    static func restoreIndicator(req: Request) async throws -> Response { try await setRetired(req, false) }

    static func setRetired(_ req: Request, _ retired: Bool) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        try await Settings.setRetired(code, retired, actor: try await req.actor(), writes: req.writes, cache: req.application.catalogCache)
        return req.seeOther("/admin/catalog#row-\(code)", flash: .init(.success, req.language == .en ? "Saved." : "已保存。"))
    }

    // MARK: Targets

    static func targets(req: Request) async throws -> Response { try await show(req, targetsPage) }

    static func targetsPage(_ req: Request, _ ctx: PageContext, _ scope: AccessScope) async throws -> Page.Model {
        let units = AdminPageController.managedUnits(scope)
        guard !units.isEmpty else { throw AppError.forbidden }
        let year = CivilDate(req.now).year
        let catalog = try await req.catalog()
        let stored = try await TargetModel.query(on: req.db).filter(\.$unitID ~~ units.map(\.id))
            .filter(\.$periodCode ~~ [String(year), "\(year)H1", "\(year)H2"]).sort(\.$unitID).all()
        let rows = stored.compactMap { t -> Page.Row? in
            guard let ind = catalog[t.indicatorCode], let period = Period(code: t.periodCode) else { return nil }
            return Page.Row(id: String(t.id!), cells: [scope.tree[t.unitID]?.name ?? "", period.label(ctx.lang),
                                                       ctx.lang == .en ? ind.nameEn : ind.name, Localized.number(t.value) + ind.measureWord])
        }
        let periods = [Period.year(year), .half(year, 1), .half(year, 2), .year(year + 1)]
        let add = Page.Form(id: "add", title: l(ctx, "设定目标任务", "Set a target"), action: "/admin/targets", fields: [
            .init("unit_id", ctx.text(.unit), .select(units.map { (String($0.id), $0.name) }), required: true),
            .init("period", ctx.text(.period), .select(periods.map { ($0.code, $0.label(ctx.lang)) }), value: String(year), required: true),
            .init("indicator", ctx.text(.indicator), .select(catalog.active.map { ($0.code, (ctx.lang == .en ? $0.nameEn : $0.name) + "（\($0.measureWord)）") }),
                  required: true),
            .init("value", ctx.text(.value), .number, required: true),
        ], button: l(ctx, "保存目标", "Save target"))
        return Page.Model(title: ctx.text(.adminTargets), path: "/admin/targets", isAdmin: scope.isAdmin, lead: ctx.text(.adminTargetsLead),
                          headers: [ctx.text(.unit), ctx.text(.period), ctx.text(.indicator), l(ctx, "目标值", "Target")], numeric: [3],
                          rows: rows, add: add)
    }

    static func setTarget(req: Request) async throws -> Response {
        try await change(req, form: "add", page: targetsPage, back: "/admin/targets", done: ("目标任务已保存。", "Target saved.")) { v in
            guard let unit = Int(v["unit_id"] ?? ""), let period = Period(code: v["period"] ?? "") else {
                throw AppError.badRequest("invalid_period", zh: "请选择单位和期间。", en: "Choose a unit and a period.", field: "period")
            }
            guard let value = QuantityInput.parse(v["value"] ?? "")?.value else {
                throw AppError.badRequest("invalid_value", zh: "请填写数字。", en: "Enter a number.", field: "value")
            }
            try await Settings.setTarget(Target(unitID: unit, indicatorCode: v["indicator"] ?? "", period: period, value: value),
                                         actor: try await req.actor(), writes: req.writes, catalog: try await req.catalog())
        }
    }

    // MARK: Validation rules

    static func rules(req: Request) async throws -> Response { try await show(req, rulesPage) }

    static func rulesPage(_ req: Request, _ ctx: PageContext, _ scope: AccessScope) async throws -> Page.Model {
        guard scope.can(.manageGlobalSettings) else { throw AppError.forbidden }
        let rows = try await ValidationRuleModel.query(on: req.db).sort(\.$id).all().compactMap { m -> Page.Row? in
            guard let r = m.domain else { return nil }
            return Page.Row(id: String(r.id), cells: [r.name, r.severity == .block ? l(ctx, "不能报送", "Blocks") : l(ctx, "提示核实", "Warns"),
                                                      m.active ? l(ctx, "启用", "On") : l(ctx, "停用", "Off")],
                            muted: !m.active,
                            forms: [Page.Form(id: "rule-\(r.id)", title: "", action: "/admin/rules/\(r.id)/active",
                                              hidden: ["active": m.active ? "0" : "1"],
                                              button: m.active ? l(ctx, "停用", "Switch off") : l(ctx, "启用", "Switch on"))])
        }
        return Page.Model(title: ctx.text(.adminRules), path: "/admin/rules", isAdmin: true, lead: ctx.text(.adminRulesLead),
                          headers: [ctx.text(.name), l(ctx, "未通过时", "When it fails"), ctx.text(.status)], rows: rows)
    }

    static func setRuleActive(req: Request) async throws -> Response {
        let id = try req.pathID()
        let active = try WebForm.read(req).values["active"] == "1"
        try await Settings.setRuleActive(id, active, actor: try await req.actor(), writes: req.writes)
        return req.seeOther("/admin/rules#row-\(id)", flash: .init(.success, req.language == .en ? "Saved." : "已保存。"))
    }

    // MARK: Rule sets

    static func ruleSets(req: Request) async throws -> Response { try await show(req, ruleSetsPage) }

    static func ruleSetsPage(_ req: Request, _ ctx: PageContext, _ scope: AccessScope) async throws -> Page.Model {
        guard scope.can(.manageGlobalSettings) else { throw AppError.forbidden }
        let rows = try await ProcessRuleSetModel.query(on: req.db).sort(\.$id).all().compactMap { m -> Page.Row? in
            guard let r = m.domain else { return nil }
            return Page.Row(id: r.code, cells: [r.code, ctx.lang == .en ? r.name.en : r.name.zh, String(r.cycleYears),
                                                String(r.requirements.count), m.active ? l(ctx, "启用", "On") : l(ctx, "停用", "Off"),
                                                Localized.date(CivilDate(m.updatedAt), ctx.lang)],
                            muted: !m.active)
        }
        return Page.Model(title: ctx.text(.adminRuleSets), path: "/admin/rulesets", isAdmin: true,
                          lead: ctx.text(.adminRuleSetsLead) + l(ctx, "规则包以文件维护（PUT /api/process/rules），此处列出在用的版本。",
                                                                 " Rule sets are files (PUT /api/process/rules); the versions in force are listed here."),
                          headers: [l(ctx, "代码", "Code"), ctx.text(.name), l(ctx, "创建周期（年）", "Cycle (years)"),
                                    l(ctx, "基本要求条数", "Requirements"), ctx.text(.status), ctx.text(.updatedAt)], numeric: [2, 3], rows: rows)
    }
}
