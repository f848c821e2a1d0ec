import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain

/// Resolves a number's sources (`SourceRef`s stored with the draft) against the database
/// for the caller: what is in a unit they cannot read is listed as hidden.
struct TraceResolver {
    typealias Source = SummaryController.Source
    var db: any Database
    var scope: AccessScope
    var catalog: Catalog

    /// Sources listed per number at most (the opening sentence of a big roll-up traces
    /// every entry of the half-year).
    static let limit = 500

    func resolve(_ refs: [SourceRef]) async throws -> [Source] {
        let refs = Array(refs.prefix(Self.limit))
        let entryIDs = refs.filter { $0.kind == .entry || $0.kind == .lastYear }.compactMap { Int($0.id) }
        let entries = try await self.entries(entryIDs)
        var out: [Source] = []
        for ref in refs {
            switch ref.kind {
            case .entry, .lastYear: out.append(entry(ref, entries[Int(ref.id) ?? -1]))
            case .target: out.append(try await target(ref))
            case .submission: out.append(try await report(ref))
            case .plan: out.append(try await plan(ref))
            case .note: out.append(try await note(ref))
            case .unit: out.append(unit(ref))
            case .rectification: out.append(try await rectification(ref))
            case .record: out.append(try await record(ref))
            case .query: out.append(contentsOf: try await query(ref))
            }
        }
        return out
    }

    /// One line per source for the HTML export's "数据来源" list, by trace token.
    func descriptions(for refs: [SourceRef]) async throws -> [String: String] {
        var out: [String: String] = [:]
        // A query resolves to its total and its largest entries: described by the total alone.
        for ref in Set(refs.filter { $0.kind == .query }) {
            if let total = try await query(ref, largest: 0).first { out[ref.token] = Self.describe(total, kind: ref.kind) }
        }
        let unique = Array(Set(refs.filter { $0.kind != .query }))
        for start in stride(from: 0, to: unique.count, by: Self.limit) {
            let chunk = Array(unique[start..<min(start + Self.limit, unique.count)])
            for (ref, source) in zip(chunk, try await resolve(chunk)) { out[ref.token] = Self.describe(source, kind: ref.kind) }
        }
        return out
    }

    /// "去年同期：“端午汇演”（2023-06-12，城关街道）文艺演出场次2场、受众人次800余人次".
    static func describe(_ s: Source, kind: SourceRef.Kind) -> String {
        if s.hidden { return "（无权查看的单位的数据）" }
        let prefix = kind == .lastYear ? "去年同期：" : ""
        let when = [s.date, s.unitName].compactMap { $0 }.joined(separator: "，")
        let values = (s.values ?? []).map { "\($0.name)\($0.value.compact)\($0.qualifier ?? "")\($0.measureWord)" }.joined(separator: "、")
        let head = kind == .entry || kind == .lastYear ? "“\(s.label)”" : s.label
        return prefix + head + (when.isEmpty ? "" : "（\(when)）") + values
    }

    private func entries(_ ids: [Int]) async throws -> [Int: (EntryModel, [EntryValueModel])] {
        var out: [Int: (EntryModel, [EntryValueModel])] = [:]
        guard !ids.isEmpty else { return out }
        let models = try await EntryModel.query(on: db).filter(\.$id ~~ ids).all()
        let values = Dictionary(grouping: try await EntryValueModel.query(on: db).filter(\.$entryID ~~ ids).all(), by: \.entryID)
        for m in models { out[m.id!] = (m, values[m.id!] ?? []) }
        return out
    }

    private func entry(_ ref: SourceRef, _ found: (EntryModel, [EntryValueModel])?) -> Source {
        guard let (m, values) = found else { return missing(ref) }
        // A unit's own people may trace a figure to the entries of the units below it (read-only).
        guard scope.canViewEntry(of: m.unitID) else { return hidden(ref) }
        let rows = values.map { v in
            SummaryController.ValueRow(indicator: v.indicatorCode, name: catalog[v.indicatorCode]?.name ?? v.indicatorCode,
                                       value: v.value, measureWord: catalog[v.indicatorCode]?.measureWord ?? "", qualifier: v.qualifier)
        }
        return Source(kind: ref.kind.rawValue, id: ref.id, label: m.title, hidden: false, unitId: m.unitID,
                      unitName: scope.tree[m.unitID]?.name, date: m.countsOn, values: rows)
    }

    private func target(_ ref: SourceRef) async throws -> Source {
        guard let id = Int(ref.id), let t = try await TargetModel.find(id, on: db), let d = t.domain else { return missing(ref) }
        guard scope.can(.read, on: t.unitID) else { return hidden(ref) }
        let ind = catalog[t.indicatorCode]
        return Source(kind: ref.kind.rawValue, id: ref.id, label: "\(d.period.chineseLabel)目标任务：\(ind?.name ?? t.indicatorCode)",
                      hidden: false, unitId: t.unitID, unitName: scope.tree[t.unitID]?.name, date: nil,
                      values: [.init(indicator: t.indicatorCode, name: ind?.name ?? t.indicatorCode, value: t.value,
                                     measureWord: ind?.measureWord ?? "", qualifier: nil)])
    }

    /// `unit:plan:period` — a report that came late or is missing.
    private func report(_ ref: SourceRef) async throws -> Source {
        let parts = ref.id.split(separator: ":").map(String.init)
        guard parts.count == 3, let unitID = Int(parts[0]), let planID = Int(parts[1]), let period = Period(code: parts[2]) else { return missing(ref) }
        guard scope.can(.read, on: unitID) else { return hidden(ref) }
        let plan = try await PlanModel.find(planID, on: db)?.domain
        let submission = try await SubmissionModel.query(on: db).filter(\.$unitID == unitID).filter(\.$planID == planID)
            .filter(\.$periodCode == period.code).first()
        let due = plan.map { "，截止\($0.dueDate(for: period).chinese)" } ?? ""
        let state = submission?.firstSubmittedAt.map { "首次报送于\(CivilDate($0).chinese)" } ?? "未报送"
        return Source(kind: ref.kind.rawValue, id: ref.id, label: "\(period.chineseLabel)\(plan?.name ?? "报送")（\(state)\(due)）",
                      hidden: false, unitId: unitID, unitName: scope.tree[unitID]?.name, date: nil, values: nil)
    }

    private func plan(_ ref: SourceRef) async throws -> Source {
        guard let id = Int(ref.id), let p = try await PlanModel.find(id, on: db)?.domain else { return missing(ref) }
        return Source(kind: ref.kind.rawValue, id: ref.id, label: "报送计划：\(p.name)", hidden: false)
    }

    private func note(_ ref: SourceRef) async throws -> Source {
        guard let id = Int(ref.id), let n = try await NoteModel.find(id, on: db) else { return missing(ref) }
        guard scope.can(.read, on: n.unitID) else { return hidden(ref) }
        return Source(kind: ref.kind.rawValue, id: ref.id, label: n.text, hidden: false, unitId: n.unitID, unitName: scope.tree[n.unitID]?.name)
    }

    /// An item of SPEC §4.4 behind "存在的问题": its finding and due date.
    private func rectification(_ ref: SourceRef) async throws -> Source {
        guard let id = Int(ref.id), let m = try await RectificationItemModel.find(id, on: db), let item = m.domain else { return missing(ref) }
        // A unit's own people may trace a figure to the entries of the units below it (read-only).
        guard scope.canViewEntry(of: m.unitID) else { return hidden(ref) }
        return Source(kind: ref.kind.rawValue, id: ref.id, label: "整改事项：\(item.finding)", hidden: false, unitId: m.unitID,
                      unitName: scope.tree[m.unitID]?.name, date: item.dueDate.iso)
    }

    private func unit(_ ref: SourceRef) -> Source {
        guard let id = Int(ref.id), let u = scope.tree[id] else { return missing(ref) }
        return Source(kind: ref.kind.rawValue, id: ref.id, label: u.name, hidden: false, unitId: id, unitName: u.name)
    }

    func hidden(_ ref: SourceRef) -> Source { Source(kind: ref.kind.rawValue, id: ref.id, label: "", hidden: true) }
    /// A source deleted since the draft was written.
    func missing(_ ref: SourceRef) -> Source { Source(kind: ref.kind.rawValue, id: ref.id, label: "（已删除）", hidden: false) }
}
