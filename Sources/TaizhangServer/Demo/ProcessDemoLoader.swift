import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// Stores the demo's process records (TaizhangProcess's `ProcessDemo`) inside the demo
/// load's transaction: the zone 城关街道, the project 沙门镇 and 白石镇 (a project the veto
/// catches). Demo ids are mapped to the database's: units, plans, submissions (a record's
/// `ReportRecord.id` is its 1-based position in `DemoData.submissions`) and the records
/// that refer to each other (inspections and self-inspection reports behind rectifications).
enum ProcessDemoLoader {
    struct IDs { var units: [Int: Int]; var submissions: [Int] }

    static func store(_ p: ProcessDemoData, ids: IDs, now: Date, on db: any Database) async throws {
        func unit(_ id: Int) -> Int { ids.units[id] ?? id }
        for c in p.creations { try await CreationModel(Creation(unitID: unit(c.unitID), kind: c.kind, startYear: c.startYear)).create(on: db) }
        for g in p.groups {
            let m = LeadingGroupModel()
            m.unitID = unit(g.unitID); m.name = g.name; m.office = g.office; m.members = JSON.string(g.members); m.updatedAt = now
            try await m.create(on: db)
            for meeting in g.meetings { try await GroupMeetingModel(meeting, groupID: m.requireID()).create(on: db) }
        }
        for var l in p.liaisons.liaisons { l.unitID = unit(l.unitID); try await LiaisonModel(l).create(on: db) }
        for var m in p.liaisonMeetings {
            m.hostUnitID = m.hostUnitID.map(unit); m.attendingUnitIDs = m.attendingUnitIDs.map(unit)
            try await LiaisonMeetingModel(m).create(on: db)
        }
        for var plan in p.fundPlans {
            let m = FundPlanModel()
            plan.unitID = unit(plan.unitID); m.apply(plan)
            try await m.create(on: db)
            for var e in p.expenditures where e.planID == plan.id {
                e.unitID = plan.unitID; e.planID = try m.requireID()
                try await ExpenditureModel(e, by: nil, at: now).create(on: db)
            }
        }
        let reports = try await insert(p.halfYearReports, HalfYearReportModel.self, on: db) { $0.unitID = unit($0.unitID) }
        let inspections = try await insert(p.inspections, InspectionModel.self, on: db) { $0.unitID = unit($0.unitID) }
        _ = try await insert(p.rectifications, RectificationItemModel.self, on: db) { item in
            item.unitID = unit(item.unitID)
            item.source.id = (item.source.kind == .inspection ? inspections : reports)[item.source.id] ?? item.source.id
        }
        for var a in p.adoptions {
            a.unitID = unit(a.unitID); a.informationID = ids.submissions[a.informationID - 1]
            try await MediaAdoptionModel(a, by: nil, at: now).create(on: db)
        }
        _ = try await insert(p.siteVisits, SiteVisitModel.self, on: db) { $0.unitID = unit($0.unitID) }
        for i in p.indicatorInputs { try await AcceptanceInputModel(unitID: unit(i.unitID), code: i.code, value: i.value).create(on: db) }
        try await scoreAll(p.creations.map { unit($0.unitID) }, now: now, on: db)
    }

    /// Inserts the values after `map`, returning the database id of each demo id.
    private static func insert<M: ProcessRecordModel>(_ values: [M.Domain], _ type: M.Type, on db: any Database,
                                                      map: (inout M.Domain) -> Void) async throws -> [Int: Int] {
        var out: [Int: Int] = [:]
        for value in values {
            var copy = value
            map(&copy)
            let m = M()
            m.store(copy)
            try await m.create(on: db)
            out[value.id] = try m.requireID()
        }
        return out
    }

    /// The publicity scores of every window begun so far, stored as if computed today.
    private static func scoreAll(_ units: [Int], now: Date, on db: any Database) async throws {
        let store = ProcessStore(db: db)
        let rules = try await store.rules()
        for c in try await store.creations(units) {
            try await PublicityService.save(try await PublicityService.score(c, window: nil, store: store, rules: rules, now: now),
                                            action: "load_demo", userID: nil, at: now, on: db)
        }
    }
}
