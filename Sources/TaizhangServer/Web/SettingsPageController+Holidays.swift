import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// The holiday calendar as an admin page: each year's holidays and make-up working days, a
/// form to add a holiday (a range of days) or a make-up working day to a year.
extension SettingsPageController {
    static func holidays(req: Request) async throws -> Response { try await show(req, holidaysPage) }

    static func holidaysPage(_ req: Request, _ ctx: PageContext, _ scope: AccessScope) async throws -> Page.Model {
        guard scope.can(.manageGlobalSettings) else { throw AppError.forbidden }
        let calendar = try await HolidayService.calendar(on: req.db)
        let sep = ctx.lang == .en ? ", " : "、"
        let rows = calendar.years.reversed().map { y in
            Page.Row(id: String(y.year), cells: [String(y.year),
                                                 y.holidays.map { "\($0.name) \(Localized.date($0.from, ctx.lang))–\(Localized.date($0.to, ctx.lang))" }.joined(separator: sep),
                                                 y.workdays.map { Localized.date($0, ctx.lang) }.joined(separator: sep), y.notice])
        }
        let year = String(CivilDate(req.now).year + 1)
        let add = Page.Form(id: "add", title: l(ctx, "添加节假日或调休工作日", "Add a holiday or a make-up working day"), action: "/admin/holidays", fields: [
            .init("year", l(ctx, "年份", "Year"), .number, value: year, required: true),
            .init("name", l(ctx, "节日名称", "Holiday"), hint: l(ctx, "调休工作日可不填", "Leave empty for a make-up working day")),
            .init("from", l(ctx, "开始日期", "From"), .date, required: true),
            .init("to", l(ctx, "结束日期", "To"), .date, hint: l(ctx, "调休工作日不填", "Empty for a make-up working day")),
            .init("notice", l(ctx, "依据（国务院办公厅通知）", "Notice it comes from")),
        ], button: l(ctx, "添加", "Add"))
        return Page.Model(title: ctx.text(.adminHolidays), path: "/admin/holidays", isAdmin: true, lead: ctx.text(.adminHolidaysLead),
                          headers: [l(ctx, "年份", "Year"), l(ctx, "节假日", "Holidays"), l(ctx, "调休工作日", "Make-up working days"),
                                    l(ctx, "依据", "Notice")], rows: rows, add: add)
    }

    /// POST /admin/holidays {year, name, from, to, notice}: with `to` a holiday from–to, without it a make-up working day.
    static func addHoliday(req: Request) async throws -> Response {
        try await change(req, form: "add", page: holidaysPage, back: "/admin/holidays", done: ("节假日已更新。", "Calendar updated.")) { v in
            guard let year = Int(v["year"] ?? ""), let from = CivilDate(iso: v["from"] ?? "") else {
                throw AppError.badRequest("invalid_date", zh: "请填写年份和日期。", en: "Enter the year and a date.", field: "from")
            }
            let calendar = try await HolidayService.calendar(on: req.db)
            var y = calendar.years.first { $0.year == year } ?? HolidayCalendar.Year(year: year, notice: "", holidays: [], workdays: [])
            if let notice = v["notice"], !notice.isEmpty { y.notice = notice }
            if let to = CivilDate(iso: v["to"] ?? "") {
                let name = (v["name"] ?? "").trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { throw AppError.badRequest("name_required", zh: "请填写节日名称。", en: "Name the holiday.", field: "name") }
                y.holidays.append(.init(name: name, from: from, to: to))
                y.holidays.sort { $0.from < $1.from }
            } else {
                y.workdays.append(from)
                y.workdays.sort()
            }
            try await Settings.replaceHolidayYear(y, actor: try await req.actor(), writes: req.writes)
        }
    }
}
