import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// /process/group — the leading group (SPEC §4.1): members, meetings with minutes, and the
/// forms to add a member and to record a meeting (written by `LeadingGroups`).
enum ProcessGroupPageController {
    static func page(req: Request) async throws -> Response {
        try await render(req, try await req.processSession()).clearingFlash(req)
    }

    static func render(_ req: Request, _ s: ProcessPageSession, memberForm: FormState = .empty, meetingForm: FormState = .empty,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let store = req.processStore
        _ = try await store.creation(s.unit.id)
        let group = try await store.group(s.unit.id)
        let model = GroupPage.Model(
            groupName: group?.name ?? "—", office: group?.office ?? "—",
            members: (group?.members ?? []).map {
                GroupPage.Member(name: $0.name, position: GroupPage.Position(rawValue: $0.role.rawValue) ?? .member,
                                 department: $0.department, title: $0.post)
            },
            meetings: (group?.meetings ?? []).map(meeting),
            canEdit: s.scope.can(.writeLedger, on: s.unit.id), memberForm: memberForm, meetingForm: meetingForm)
        return req.html(GroupPage.render(model, s.ctx), status: status)
    }

    /// The minutes' text, with the filed document's reference when there is one.
    static func meeting(_ m: GroupMeeting) -> GroupPage.Meeting {
        let text = [m.minutes?.text, m.minutes?.fileRef].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
        return GroupPage.Meeting(id: m.id, date: m.date, kind: GroupPage.MeetingKind(rawValue: m.kind.rawValue) ?? .regular,
                                 title: m.topic, attendance: m.attendees.joined(separator: "、"), minutes: text.isEmpty ? nil : text)
    }

    /// POST /process/group/members: the group's members with one more (the group is set up
    /// with the unit's name when it has none yet).
    static func addMember(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.writeLedger, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: ["role": "position"]) {
            guard let role = GroupRole(rawValue: v["position"] ?? "") else {
                throw ProcessForm.invalid("position", zh: "请选择组内职务。", en: "Choose a position.")
            }
            try AppError.check([AppError.required(v["department"] ?? "", field: "department", zh: "所在部门")].compactMap { $0 })
            let creation = try await req.processStore.creation(s.unit.id)
            let new = LeadingGroups.MemberInput(name: ProcessForm.text(v, "name"), role: role,
                                               department: ProcessForm.text(v, "department"), post: nil)
            let name = "\(s.unit.name)\(creation.kind.chinese)创建工作领导小组"
            try await LeadingGroups.save(unit: s.unit.id, in: try await req.processContext()) { group in
                LeadingGroups.GroupInput(
                    name: group?.name ?? name, office: group?.office ?? "",
                    members: (group?.members ?? []).map { .init(name: $0.name, role: $0.role, department: $0.department, post: $0.post) } + [new])
            }
        }
        if let failed { return try await render(req, s, memberForm: failed, status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/group"), flash: .init(.success, WebMessage.saved.text(s.lang)))
    }

    /// POST /process/meetings: a regular meeting or a consultation, its attendees and minutes.
    static func addMeeting(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.writeLedger, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: ["topic": "title", "attendees": "attendees"]) {
            guard let kind = GroupMeeting.Kind(rawValue: v["kind"] ?? "") else {
                throw ProcessForm.invalid("kind", zh: "请选择会议类型。", en: "Choose the kind of meeting.")
            }
            let date = try ProcessForm.date(v, "date")!
            let attendees = ProcessForm.text(v, "attendees").split(whereSeparator: { "、,，;；".contains($0) || $0.isNewline })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if attendees.isEmpty { throw ProcessForm.invalid("attendees", zh: "请填写出席人员。", en: "Enter who attended.") }
            let minutes = ProcessForm.text(v, "minutes")
            _ = try await LeadingGroups.addMeeting(unit: s.unit.id, .init(
                kind: kind, date: date, topic: ProcessForm.text(v, "title"), attendees: attendees,
                minutes: minutes.isEmpty ? nil : Minutes(text: minutes)), in: try await req.processContext())
        }
        if let failed { return try await render(req, s, meetingForm: failed, status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/group"), flash: .init(.success, WebMessage.created.text(s.lang)))
    }
}
