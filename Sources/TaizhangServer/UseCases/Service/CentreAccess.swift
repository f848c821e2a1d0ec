import Foundation
import TaizhangDomain

/// Who may do what on a service centre (SPEC §7). A centre is a unit of kind
/// `service_center`; its departments' windows are the units below it. The centre's own
/// people (督查科) and supervisors above it see every case; a department's people see
/// their department's.
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

    /// 404 unless `centre` is a service centre, 403 unless `scope` reads it or one of its departments.
    static func resolve(_ centre: Int, scope: AccessScope) throws -> CentreAccess {
        guard let unit = scope.tree[centre], unit.kind == .serviceCenter else {
            throw AppError.notFound("Service centre", zh: "该政务服务中心")
        }
        let all = Set(scope.tree.subtree(of: centre).map(\.id)).subtracting([centre])
        let readable = scope.can(.read, on: centre) ? all : all.filter { scope.can(.read, on: $0) }
        guard scope.can(.read, on: centre) || !readable.isEmpty else { throw AppError.forbidden }
        return CentreAccess(centre: centre, scope: scope, departments: readable)
    }
}
