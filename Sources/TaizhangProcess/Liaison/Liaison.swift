import Foundation
import TaizhangDomain

/// SPEC §4.2 联络员: the one person a zone/project names to deal with the national office,
/// normally the deputy director of the culture bureau. `until` is set when replaced.
public struct Liaison: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var name: String
    public var post: String
    public var phone: String
    public var from: CivilDate
    public var until: CivilDate?

    public init(id: Int, unitID: Int, name: String, post: String, phone: String = "", from: CivilDate, until: CivilDate? = nil) {
        self.id = id; self.unitID = unitID; self.name = name; self.post = post
        self.phone = phone; self.from = from; self.until = until
    }

    public func isActive(on day: CivilDate) -> Bool { from <= day && until.map { day <= $0 } ?? true }
}

/// The liaisons of all units, keeping "exactly one per zone/project" true on every change.
public struct LiaisonRoster: Codable, Hashable, Sendable {
    public private(set) var liaisons: [Liaison]

    public init(_ liaisons: [Liaison] = []) { self.liaisons = liaisons }

    public func active(unitID: Int, on day: CivilDate) -> [Liaison] {
        liaisons.filter { $0.unitID == unitID && $0.isActive(on: day) }
    }

    /// SPEC §4.2 "exactly one liaison": naming a second one while one is in office is
    /// refused unless `replacing` — then the current one's term ends the day before.
    public mutating func appoint(_ new: Liaison, replacing: Bool = false) throws {
        let current = active(unitID: new.unitID, on: new.from)
        if !current.isEmpty && !replacing {
            throw DomainError("liaison_exists", zh: "该单位已有联络员\(current[0].name)，每个示范区（项目）只能确定一名联络员，请办理更换",
                              en: "The unit already has a liaison (\(current[0].name)); each zone/project names exactly one — replace instead")
        }
        guard !new.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError("liaison_name", zh: "联络员姓名不能为空", en: "The liaison needs a name", field: "name")
        }
        for i in liaisons.indices where current.contains(liaisons[i]) { liaisons[i].until = new.from.adding(days: -1) }
        liaisons.append(new)
    }

    /// SPEC §4.2 (requirement `liaison`): nil when exactly one liaison is in office on `day`.
    public func problem(unitID: Int, on day: CivilDate) -> Term? {
        let n = active(unitID: unitID, on: day).count
        if n == 1 { return nil }
        return n == 0 ? Term("no_liaison", zh: "未确定联络员", en: "No liaison named")
            : Term("several_liaisons", zh: "同时有\(n)名联络员", en: "\(n) liaisons in office at once")
    }
}
