import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// /process/liaison — the one liaison (SPEC §4.2) and the liaison meetings the unit attended
/// or hosted, with this year's meetings still to come and who should host them (the
/// rotation); the form names a new liaison (`Liaisons.appoint`, replacing).
enum ProcessLiaisonPageController {
    static func page(req: Request) async throws -> Response {
        try await render(req, try await req.processSession()).clearingFlash(req)
    }

    static func render(_ req: Request, _ s: ProcessPageSession, form: FormState = .empty, meetingForm: FormState = .empty,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let store = req.processStore, unit = s.unit.id, today = req.today
        let creation = try await store.creation(unit)
        let roster = try await store.roster(unit)
        let current = roster.active(unitID: unit, on: today).first
        let previous = roster.liaisons.filter { $0.unitID == unit && $0 != current }.sorted { $0.from > $1.from }
        let model = LiaisonPage.Model(current: current.map(liaison), previous: previous.map(liaison),
                                      rotation: try await rotation(creation, store: store, tree: s.scope.tree, today: today),
                                      canEdit: s.scope.can(.writeLedger, on: unit), form: form,
                                      canManage: s.scope.can(.manage, on: unit),
                                      hostOptions: try await peers(creation, s, store: store).map { Choice(String($0), s.scope.tree[$0]?.name ?? "") },
                                      meetingForm: meetingForm)
        return req.html(LiaisonPage.render(model, s.ctx), status: status)
    }

    static func liaison(_ l: Liaison) -> LiaisonPage.Liaison {
        LiaisonPage.Liaison(name: l.name, title: l.post, phone: l.phone, since: l.from, until: l.until)
    }

    /// The meetings of the unit's kind it hosted or attended, then this year's periods
    /// without a meeting yet, the first with the host the rotation proposes.
    static func rotation(_ c: Creation, store: ProcessStore, tree: UnitTree, today: CivilDate) async throws -> [LiaisonPage.RotationItem] {
        let meetings = try await Liaisons.meetings(store.db, kind: c.kind)
        var out = meetings.filter { $0.hostUnitID == c.unitID || $0.attendingUnitIDs.contains(c.unitID) }.map {
            LiaisonPage.RotationItem(period: $0.period, host: $0.hostName, heldOn: $0.date, isUs: $0.hostUnitID == c.unitID)
        }
        let held = Set(meetings.map(\.period))
        let candidates = try await CreationModel.query(on: store.db).filter(\.$kind == c.kind.rawValue).sort(\.$unitID).all().map(\.unitID)
        let next = LiaisonRotation.propose(candidates: candidates, kind: c.kind, meetings: meetings)?.unitID
        for (i, period) in LiaisonMeetings.due(kind: c.kind, year: today.year, rules: try await store.rules()).filter({ !held.contains($0) }).enumerated() {
            let host = i == 0 ? next : nil
            out.append(.init(period: period, host: host.flatMap { tree[$0]?.name } ?? "—", isUs: host == c.unitID))
        }
        return out
    }

    /// The creations of the unit's kind the supervisor manages from the unit worked in: a
    /// meeting's attendance and its possible hosts.
    static func peers(_ c: Creation, _ s: ProcessPageSession, store: ProcessStore) async throws -> [Int] {
        let reach = s.ctx.processUnits.map(\.id).filter { s.scope.can(.manage, on: $0) }
        return try await store.creations(reach).filter { $0.kind == c.kind }.map(\.unitID)
    }

    /// POST /process/liaison/meetings (supervisors): the meeting of a period, hosted by one of
    /// the units or elsewhere, attended by the creations of the kind in reach.
    static func recordMeeting(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.manage, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: ["host_unit_id": "host"]) {
            let creation = try await req.processStore.creation(s.unit.id)
            let name = ProcessForm.text(v, "host_name")
            _ = try await Liaisons.recordMeeting(.init(
                kind: creation.kind, period: ProcessForm.text(v, "period"), date: try ProcessForm.date(v, "date")!,
                hostUnitId: Int(v["host"] ?? ""), hostName: name.isEmpty ? nil : name,
                attendingUnitIds: try await peers(creation, s, store: req.processStore)), in: try await req.processContext())
        }
        if let failed { return try await render(req, s, meetingForm: failed, status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/liaison"), flash: .init(.success, WebMessage.created.text(s.lang)))
    }

    /// POST /process/liaison: names the new liaison from today; the one in office moves to the history.
    static func appoint(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.writeLedger, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: ["post": "title"]) {
            try AppError.check([AppError.required(v["name"] ?? "", field: "name", zh: "联络员姓名"),
                                AppError.required(v["title"] ?? "", field: "title", zh: "职务"),
                                AppError.required(v["phone"] ?? "", field: "phone", zh: "联系电话")].compactMap { $0 })
            _ = try await Liaisons.appoint(unit: s.unit.id, .init(
                name: ProcessForm.text(v, "name"), post: ProcessForm.text(v, "title"), phone: ProcessForm.text(v, "phone"),
                from: nil, replacing: true), in: try await req.processContext())
        }
        if let failed { return try await render(req, s, form: failed, status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/liaison"), flash: .init(.success, WebMessage.saved.text(s.lang)))
    }
}
