import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// Who may do what on a service centre (SPEC §7) and the shared plumbing of its routes.
/// A centre is a unit of kind `service_center`; its departments' windows are the units
/// below it. The centre's own people (督查科) and supervisors above it see every case; a
/// department's people see their department's.
struct CentreAccess: Sendable {
    var centre: Int
    var scope: AccessScope
    /// Departments the caller may read (all of the centre's when they may read the centre).
    var departments: Set<Int>

    var seesAll: Bool { scope.can(.read, on: centre) }
    /// 督查科 work: the centre's own staff/liaison/leader, or a supervisor.
    var supervises: Bool { scope.can(.writeLedger, on: centre) || scope.can(.manage, on: centre) }
    var manages: Bool { scope.can(.manage, on: centre) }

    func mayRead(department: Int) -> Bool { departments.contains(department) }
    func mayAnswer(department: Int) -> Bool { scope.can(.writeLedger, on: department) || supervises }
}

extension Request {
    var serviceStore: ServiceStore { ServiceStore(db: db) }

    /// The centre named by the path (`:id`) and what the caller may do there: 404 unless it
    /// is a service centre, 403 unless the caller reads it or one of its departments.
    func centreAccess(_ id: Int? = nil) async throws -> CentreAccess {
        let centre = try id ?? pathID()
        let scope = try await self.scope()
        guard let unit = scope.tree[centre], unit.kind == .serviceCenter else {
            throw AppError.notFound("Service centre", zh: "该政务服务中心")
        }
        let all = Set(scope.tree.subtree(of: centre).map(\.id)).subtracting([centre])
        let readable = scope.can(.read, on: centre) ? all : all.filter { scope.can(.read, on: $0) }
        guard scope.can(.read, on: centre) || !readable.isEmpty else { throw AppError.forbidden }
        return CentreAccess(centre: centre, scope: scope, departments: readable)
    }

    /// The centre's access, refused (403) unless the caller does the supervision section's work.
    func supervisingCentre(_ id: Int? = nil, manage: Bool = false) async throws -> CentreAccess {
        let access = try await centreAccess(id)
        guard manage ? access.manages : access.supervises else { throw AppError.forbidden }
        return access
    }

    /// The working-day table for the years around `day` (the holiday calendar in force).
    func workingDays(around day: CivilDate) -> WorkingDayTable {
        WorkingDayTable(HolidayCalendar.current, from: CivilDate(day.year - 3, 1, 1), through: CivilDate(day.year + 1, 12, 31))
    }

    /// One write transaction as the caller, through `Writes` (the gate, row locks, the
    /// chained audit log of every change made inside).
    func serviceWrite<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await writes.run(try await actor()) { tx in try await body(tx.db) }
    }
}

/// A rate with what it was computed from, for the API.
struct RateDTO: Content {
    var code: String; var name: String; var percent: Double?; var numerator: Double; var denominator: Int; var definition: String
    init(_ f: RateFigure, _ language: Language) {
        code = f.definition.code.rawValue; name = language == .zh ? f.definition.zh : f.definition.en
        percent = f.percent.map { ($0 * 100).rounded() / 100 }; numerator = (f.numerator * 10_000).rounded() / 10_000
        denominator = f.denominator; definition = language == .zh ? f.definition.definitionZh : f.definition.definitionEn
    }
}
