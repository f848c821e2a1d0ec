import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.2 联络员: exactly one per zone/project — a second one is refused unless the
/// request says it replaces the one in office.
enum LiaisonController {
    struct AppointInput: Content { var name: String; var post: String; var phone: String?; var from: CivilDate?; var replacing: Bool? }
    struct LiaisonView: Content { var current: Liaison?; var liaisons: [Liaison]; var problem: Term? }

    static func list(req: Request) async throws -> LiaisonView {
        let unit = try await req.unitParameter(.read)
        return view(try await req.processStore.roster(unit), unit: unit, today: req.today)
    }

    static func view(_ roster: LiaisonRoster, unit: Int, today: CivilDate) -> LiaisonView {
        LiaisonView(current: roster.active(unitID: unit, on: today).first, liaisons: roster.liaisons,
                    problem: roster.problem(unitID: unit, on: today))
    }

    /// Appoints the unit's liaison. The roster is re-read with the creation locked, so two
    /// concurrent appointments cannot both pass; a second liaison is 409 unless `replacing`.
    static func appoint(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.writeLedger)
        let roster = try await appoint(req, unit: unit, try req.decodeJSON(AppointInput.self))
        return try Response.created(view(roster, unit: unit, today: req.today))
    }

    /// The write behind POST liaisons (and the page's form): `unit` already authorized for `.writeLedger`.
    static func appoint(_ req: Request, unit: Int, _ input: AppointInput) async throws -> LiaisonRoster {
        let today = req.today
        return try await req.processWrite(unit: unit) { store, _ in
            var roster = try await store.roster(unit)
            let before = roster.liaisons
            let new = Liaison(id: 0, unitID: unit, name: input.name, post: input.post, phone: input.phone ?? "", from: input.from ?? today)
            try AppError.refusing(conflicts: ["liaison_exists"]) { try roster.appoint(new, replacing: input.replacing ?? false) }
            for l in roster.liaisons where l.id != 0 && before.first(where: { $0.id == l.id }) != l {
                try await LiaisonModel.query(on: store.db).filter(\.$id == l.id).set(\.$until, to: l.until?.iso).update()
            }
            let model = LiaisonModel(new)
            try await model.create(on: store.db)
            try await req.audit(on: store.db, "appoint", "liaison", id: model.id, unit: unit,
                                before: before.filter { $0.isActive(on: new.from) }, after: model.domain)
            return try await store.roster(unit)
        }
    }
}
