import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// A process rule set in the file format of `process-rules-default.json` (SPEC §4 as data).
final class ProcessRuleSetModel: Model, @unchecked Sendable {
    static let schema = "process_rule_sets"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "definition") var definition: String
    @Field(key: "active") var active: Bool
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
    init(_ rules: ProcessRuleSet, at now: Date) { code = rules.code; definition = JSON.string(rules); active = true; updatedAt = now }

    var domain: ProcessRuleSet? { try? ProcessRuleSet.decode(Data(definition.utf8)) }
}

/// Which unit creates a zone or project, and the first year of its cycle.
final class CreationModel: Model, @unchecked Sendable {
    static let schema = "process_creations"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "kind") var kind: String
    @Field(key: "start_year") var startYear: Int

    init() {}
    init(_ c: Creation) { unitID = c.unitID; kind = c.kind.rawValue; startYear = c.startYear }

    var domain: Creation? { CreationKind(rawValue: kind).map { Creation(unitID: unitID, kind: $0, startYear: startYear) } }
}

final class LeadingGroupModel: Model, @unchecked Sendable {
    static let schema = "leading_groups"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "name") var name: String
    @Field(key: "office") var office: String
    /// `[GroupMember]` as JSON.
    @Field(key: "members") var members: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func domain(meetings: [GroupMeeting]) -> LeadingGroup {
        LeadingGroup(id: id ?? 0, unitID: unitID, name: name, office: office,
                     members: JSON.decode([GroupMember].self, members) ?? [], meetings: meetings)
    }
}

final class GroupMeetingModel: Model, @unchecked Sendable {
    static let schema = "group_meetings"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "group_id") var groupID: Int
    @Field(key: "kind") var kind: String
    @Field(key: "date") var date: String
    /// The whole `GroupMeeting` (topic, attendees, minutes) as JSON.
    @Field(key: "definition") var definition: String

    init() {}
    init(_ m: GroupMeeting, groupID: Int) { self.groupID = groupID; kind = m.kind.rawValue; date = m.date.iso; definition = JSON.string(m) }

    var domain: GroupMeeting? { JSON.decode(GroupMeeting.self, definition).map { var m = $0; m.id = id ?? 0; return m } }
}

final class LiaisonModel: Model, @unchecked Sendable {
    static let schema = "liaisons"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "name") var name: String
    @Field(key: "post") var post: String
    @Field(key: "phone") var phone: String
    @Field(key: "from_date") var from: String
    @OptionalField(key: "until_date") var until: String?

    init() {}
    init(_ l: Liaison) {
        unitID = l.unitID; name = l.name; post = l.post; phone = l.phone; from = l.from.iso; until = l.until?.iso
    }

    var domain: Liaison? {
        CivilDate(iso: from).map { Liaison(id: id ?? 0, unitID: unitID, name: name, post: post, phone: phone, from: $0,
                                           until: until.flatMap { CivilDate(iso: $0) }) }
    }
}

final class LiaisonMeetingModel: Model, @unchecked Sendable {
    static let schema = "liaison_meetings"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "kind") var kind: String
    @Field(key: "period_code") var periodCode: String
    @Field(key: "date") var date: String
    @OptionalField(key: "host_unit_id") var hostUnitID: Int?
    @Field(key: "host_name") var hostName: String
    /// `[Int]` unit ids as JSON.
    @Field(key: "attending") var attending: String

    init() {}
    init(_ m: LiaisonMeeting) {
        kind = m.kind.rawValue; periodCode = m.period.code; date = m.date.iso; hostUnitID = m.hostUnitID
        hostName = m.hostName; attending = JSON.string(m.attendingUnitIDs)
    }

    var domain: LiaisonMeeting? {
        guard let k = CreationKind(rawValue: kind), let p = Period(code: periodCode), let d = CivilDate(iso: date) else { return nil }
        return LiaisonMeeting(id: id ?? 0, kind: k, period: p, date: d, hostUnitID: hostUnitID, hostName: hostName,
                              attendingUnitIDs: JSON.decode([Int].self, attending) ?? [])
    }
}
