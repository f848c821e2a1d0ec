import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangSummary

/// Reads a demonstration zone's or project's process records (SPEC §4) into the summary's
/// creation-work input: the dossier the acceptance reads, the liaison meetings of its kind,
/// its media adoptions and the reporting plans (for the publicity score).
struct CreationWorkLoader {
    var db: any Database

    /// Nil when the unit is not registered as creating a zone or project.
    func source(unit: Int) async throws -> CreationWorkSource? {
        guard let creation = try await CreationModel.query(on: db).filter(\.$unitID == unit).first()?.domain else { return nil }
        let store = ProcessStore(db: db)
        let meetings = try await LiaisonMeetingModel.query(on: db).filter(\.$kind == creation.kind.rawValue)
            .sort(\.$date).sort(\.$id).all().compactMap(\.domain)
        return CreationWorkSource(dossier: try await store.dossier(creation), rules: try await store.rules(),
                                  liaisonMeetings: meetings, adoptions: try await store.adoptions(unit), plans: try await store.plans())
    }

    /// The creations among `children` (a roll-up), by the child's name.
    func sources(children: [DomainUnit]) async throws -> [(name: String, source: CreationWorkSource)] {
        let registered = Set(try await CreationModel.query(on: db).filter(\.$unitID ~~ children.map(\.id)).all().map(\.unitID))
        var out: [(name: String, source: CreationWorkSource)] = []
        for child in children where registered.contains(child.id) {
            if let s = try await source(unit: child.id) { out.append((child.name, s)) }
        }
        return out
    }

    /// The rectification items of `units` open on `day` (found by then, not closed off by then).
    func openItems(units: [Int], asOf day: CivilDate, naming: Bool, tree: UnitTree) async throws -> [OpenRectification] {
        guard !units.isEmpty else { return [] }
        let items = try await RectificationItemModel.query(on: db).filter(\.$unitID ~~ units).sort(\.$id).all().compactMap(\.domain)
        guard !items.isEmpty else { return [] }
        let inspections = try await InspectionModel.query(on: db).filter(\.$unitID ~~ units).all().compactMap(\.domain)
        let reports = try await HalfYearReportModel.query(on: db).filter(\.$unitID ~~ units).all().compactMap(\.domain)
        return RectificationFacts.open(items, inspections: inspections, reports: reports, asOf: day,
                                       unitName: { naming ? tree[$0]?.name ?? "" : "" })
    }
}
