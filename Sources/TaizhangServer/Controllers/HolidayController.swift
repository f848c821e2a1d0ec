import Fluent
import Foundation
import TaizhangDomain
import Vapor

/// SPEC §1/§2: the holiday calendar (statutory holidays and make-up working days per year)
/// that every working-day count uses. Everyone signed in reads it; admins replace a year
/// (from the State Council's notice for it) or drop their edit of a year.
enum HolidayController {
    struct YearView: Content {
        var year: Int; var notice: String; var published: CivilDate?; var holidays: [HolidayCalendar.Holiday]
        var workdays: [CivilDate]; var edited: Bool
    }

    static func list(req: Request) async throws -> [YearView] {
        _ = try req.caller()
        let edited = Set(try await HolidayYearModel.query(on: req.db).all().map(\.year))
        return try await HolidayService.calendar(on: req.db).years.map { y in
            YearView(year: y.year, notice: y.notice, published: y.published, holidays: y.holidays, workdays: y.workdays,
                     edited: edited.contains(y.year))
        }
    }

    /// PUT /api/holidays/{year}: the year's holidays and make-up working days, checked
    /// (`HolidayCalendar.problems(of:)`), stored, audited, and in force at once.
    static func put(req: Request) async throws -> YearView {
        let caller = try req.caller()
        guard try await req.scope().isAdmin else { throw AppError.forbidden }
        let year = try req.pathID("year")
        var decoded = try req.decodeJSON(HolidayCalendar.Year.self)
        decoded.year = year
        let input = decoded
        let problems = HolidayCalendar.problems(of: input)
        if !problems.isEmpty { throw AppError.invalid(problems) }
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            let model = try await HolidayYearModel.query(on: db).filter(\.$year == year).first() ?? HolidayYearModel()
            let before = model.id == nil ? nil : model.domain
            model.year = year; model.definition = JSON.string(input); model.updatedAt = req.now
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: before == nil ? "create" : "update", entity: "holiday_year",
                                   entityID: model.id, unitID: nil, before: before, after: input, at: req.now)
        }
        try await HolidayService.refresh(on: req.db)
        return YearView(year: year, notice: input.notice, published: input.published, holidays: input.holidays,
                        workdays: input.workdays, edited: true)
    }

    /// DELETE /api/holidays/{year}: drops the admin's edit; the shipped year (if any) applies again.
    static func delete(req: Request) async throws -> HTTPStatus {
        let caller = try req.caller()
        guard try await req.scope().isAdmin else { throw AppError.forbidden }
        let year = try req.pathID("year")
        guard let model = try await HolidayYearModel.query(on: req.db).filter(\.$year == year).first() else {
            throw AppError.notFound("Holiday year \(year)", zh: "\(year)年的节假日修改")
        }
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await Audit.record(on: db, userID: caller.userID, action: "delete", entity: "holiday_year", entityID: model.id,
                                   unitID: nil, before: model.domain, after: Audit.None?.none, at: req.now)
            try await model.delete(on: db)
        }
        try await HolidayService.refresh(on: req.db)
        return .noContent
    }
}
