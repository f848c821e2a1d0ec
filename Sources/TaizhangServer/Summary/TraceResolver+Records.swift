import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess
import TaizhangSummary

/// Process records behind the numbers of a creation-work section (`SourceRef.record`,
/// SPEC §4): each type read from its table, shown only when the caller reads its unit. A
/// rule pack that adds records adds its type here.
extension TraceResolver {
    func record(_ ref: SourceRef) async throws -> Source {
        guard let key = ref.recordKey else { return missing(ref) }
        let found: (unit: Int, label: String, date: String?)?
        switch key.type {
        case ProcessRecordType.leadingGroup:
            found = try await LeadingGroupModel.find(key.id, on: db).map { g in
                (g.unitID, "\(g.name)（成员\(g.domain(meetings: []).members.count)名）", nil)
            }
        case ProcessRecordType.groupMeeting:
            found = try await groupMeeting(key.id)
        case ProcessRecordType.liaisonMeeting:
            found = try await LiaisonMeetingModel.find(key.id, on: db)?.domain.map { m in
                (m.attendingUnitIDs.first ?? m.hostUnitID ?? 0, "全国\(m.kind.chinese)联络员会议（\(m.hostName)承办）", m.date.iso)
            }
        case ProcessRecordType.fundPlan:
            found = try await FundPlanModel.find(key.id, on: db).map { p in
                let budget = p.domain.lines.map(\.totalBudget).reduce(0, +)
                return (p.unitID, "经费使用方案：\(p.title)（预算\(Money.yuan(budget))）", p.filedOn)
            }
        case ProcessRecordType.expenditure:
            found = try await ExpenditureModel.find(key.id, on: db)?.domain.map { e in
                (e.unitID, "支出：\(e.description)（\(e.source.chinese)\(Money.yuan(e.amount))）", e.date.iso)
            }
        case ProcessRecordType.submission:
            found = try await submission(key.id)
        case ProcessRecordType.adoption:
            found = try await MediaAdoptionModel.find(key.id, on: db)?.domain.map { a in (a.unitID, "媒体采用：\(a.outlet)", a.date.iso) }
        case ProcessRecordType.inspection:
            found = try await InspectionModel.find(key.id, on: db).flatMap { m in
                m.domain.map { i in (m.unitID, "督导检查（发现问题\(i.findings.count)个）", (i.heldOn ?? i.plannedOn).iso) }
            }
        case ProcessRecordType.halfYearReport:
            found = try await HalfYearReportModel.find(key.id, on: db).flatMap { m in
                m.domain.map { r in (m.unitID, r.summary, r.filedOn.iso) }
            }
        default:
            found = nil
        }
        guard let found else { return missing(ref) }
        guard scope.can(.read, on: found.unit) else { return hidden(ref) }
        return Source(kind: ref.kind.rawValue, id: ref.id, label: found.label, hidden: false, unitId: found.unit,
                      unitName: scope.tree[found.unit]?.name, date: found.date)
    }

    private func groupMeeting(_ id: Int) async throws -> (unit: Int, label: String, date: String?)? {
        guard let m = try await GroupMeetingModel.find(id, on: db), let meeting = m.domain,
              let group = try await LeadingGroupModel.find(m.groupID, on: db) else { return nil }
        return (group.unitID, "领导小组\(meeting.kind.chinese)：\(meeting.topic)", meeting.date.iso)
    }

    private func submission(_ id: Int) async throws -> (unit: Int, label: String, date: String?)? {
        guard let s = try await SubmissionModel.find(id, on: db), let period = Period(code: s.periodCode) else { return nil }
        let plan = try await PlanModel.find(s.planID, on: db)?.domain
        return (s.unitID, "报送：\(period.chineseLabel)\(plan?.name ?? "")", s.firstSubmittedAt.map { CivilDate($0).iso })
    }
}
