import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.1 领导小组: members and roles, the office, meetings with attendance and minutes.
/// The unit's own people record them; everyone in scope reads. Shared by the API
/// (`LeadingGroupController`) and the group page.
enum LeadingGroups {
    struct MemberInput: Codable, Sendable { var name: String; var role: GroupRole; var department: String; var post: String? }
    struct GroupInput: Codable, Sendable { var name: String; var office: String; var members: [MemberInput] }
    struct MeetingInput: Codable, Sendable { var kind: GroupMeeting.Kind; var date: CivilDate; var topic: String; var attendees: [String]; var minutes: Minutes? }
    /// The group with what the compliance check would say about it now.
    struct GroupView: Codable, Sendable { var group: LeadingGroup; var problems: [Term] }
    struct MeetingView: Codable, Sendable { var meeting: GroupMeeting; var attendance: Double? }

    /// The group and its problems as of `today` (read access checked by the caller).
    static func view(_ unit: Int, store: ProcessStore, today: CivilDate) async throws -> GroupView {
        guard let group = try await store.group(unit) else { throw AppError.notFound("Leading group", zh: "该单位的领导小组") }
        let creation = try await store.creation(unit), rules = try await store.rules()
        let years = (creation.startYear..<creation.startYear + rules.cycleYears).filter { CivilDate($0, 12, 31) < today }
        return GroupView(group: group, problems: group.structureProblems() + group.meetingProblems(years: years, rules: rules.leadingGroup))
    }

    /// The meetings with their attendance (none while there is no group).
    static func meetings(_ unit: Int, store: ProcessStore) async throws -> [MeetingView] {
        guard let group = try await store.group(unit) else { return [] }
        return group.meetings.map { MeetingView(meeting: $0, attendance: group.attendance($0)) }
    }

    /// Creates or replaces the group's name, office and members (meetings stay).
    static func save(unit: Int, _ input: GroupInput, in ctx: ProcessContext) async throws {
        try await save(unit: unit, in: ctx) { _ in input }
    }

    /// `change` makes the new name, office and members from the group as stored (nil: none
    /// yet), read with the creation locked, so a change made meanwhile is not lost.
    static func save(unit: Int, in ctx: ProcessContext, _ change: @escaping @Sendable (LeadingGroup?) throws -> GroupInput) async throws {
        try ctx.authorize(.writeLedger, unit: unit)
        try await ctx.processWrite(unit: unit) { store, _ in
            let model = try await LeadingGroupModel.query(on: store.db).filter(\.$unitID == unit).first() ?? LeadingGroupModel()
            let before = model.id == nil ? nil : model.domain(meetings: [])
            let input = try change(before)
            try AppError.check([AppError.required(input.name, field: "name", zh: "领导小组名称")].compactMap { $0 }
                + input.members.enumerated().compactMap { i, m in AppError.required(m.name, field: "members[\(i)].name", zh: "成员姓名") })
            model.unitID = unit; model.name = input.name; model.office = input.office
            model.members = JSON.string(input.members.map { GroupMember(name: $0.name, role: $0.role, department: $0.department, post: $0.post ?? "") })
            model.updatedAt = ctx.now
            try await model.save(on: store.db)
            try await ctx.audit(on: store.db, before == nil ? "create" : "update", "leading_group", id: model.id, unit: unit,
                                before: before, after: model.domain(meetings: []))
        }
    }

    /// Records a meeting (定期例会 or 重大事项会商) with its attendees and minutes.
    static func addMeeting(unit: Int, _ input: MeetingInput, in ctx: ProcessContext) async throws -> GroupMeeting {
        try ctx.authorize(.writeLedger, unit: unit)
        try AppError.check([AppError.required(input.topic, field: "topic", zh: "会议议题"),
                            AppError.notFuture(input.date, today: ctx.today, field: "date", zh: "会议日期")].compactMap { $0 })
        return try await ctx.processWrite(unit: unit) { store, _ in
            guard let group = try await LeadingGroupModel.query(on: store.db).filter(\.$unitID == unit).first() else {
                throw AppError.invalid([DomainError("no_leading_group", zh: "请先建立领导小组。", en: "Set up the leading group first.")])
            }
            let m = GroupMeetingModel(GroupMeeting(id: 0, kind: input.kind, date: input.date, topic: input.topic,
                                                   attendees: input.attendees, minutes: input.minutes), groupID: try group.requireID())
            try await m.create(on: store.db)
            let meeting = m.domain!
            try await ctx.audit(on: store.db, "create", "group_meeting", id: m.id, unit: unit, after: meeting)
            return meeting
        }
    }
}
