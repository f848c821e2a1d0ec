import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.2 联络员: exactly one per zone/project — a second one is refused unless the
/// appointment says it replaces the one in office. Shared by the API (`LiaisonController`)
/// and the liaison page.
enum Liaisons {
    struct AppointInput: Codable, Sendable { var name: String; var post: String; var phone: String?; var from: CivilDate?; var replacing: Bool? }
    struct RosterView: Codable, Sendable { var current: Liaison?; var liaisons: [Liaison]; var problem: Term? }

    static func view(_ roster: LiaisonRoster, unit: Int, today: CivilDate) -> RosterView {
        RosterView(current: roster.active(unitID: unit, on: today).first, liaisons: roster.liaisons,
                   problem: roster.problem(unitID: unit, on: today))
    }

    /// Appoints the unit's liaison. The roster is re-read with the creation locked, so two
    /// concurrent appointments cannot both pass; a second liaison is 409 unless `replacing`.
    static func appoint(unit: Int, _ input: AppointInput, in ctx: ProcessContext) async throws -> LiaisonRoster {
        try ctx.authorize(.writeLedger, unit: unit)
        let today = ctx.today
        return try await ctx.processWrite(unit: unit) { store, _ in
            var roster = try await store.roster(unit)
            let before = roster.liaisons
            let new = Liaison(id: 0, unitID: unit, name: input.name, post: input.post, phone: input.phone ?? "", from: input.from ?? today)
            try AppError.refusing(conflicts: ["liaison_exists"]) { try roster.appoint(new, replacing: input.replacing ?? false) }
            for l in roster.liaisons where l.id != 0 && before.first(where: { $0.id == l.id }) != l {
                try await LiaisonModel.query(on: store.db).filter(\.$id == l.id).set(\.$until, to: l.until?.iso).update()
            }
            let model = LiaisonModel(new)
            try await model.create(on: store.db)
            try await ctx.audit(on: store.db, "appoint", "liaison", id: model.id, unit: unit,
                                before: before.filter { $0.isActive(on: new.from) }, after: model.domain)
            return try await store.roster(unit)
        }
    }
}
