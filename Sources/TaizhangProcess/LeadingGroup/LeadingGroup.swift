import Foundation
import TaizhangDomain

/// SPEC §4.1 领导小组: a zone's or project's leading group, its office and its meetings.
public struct LeadingGroup: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var name: String
    /// Where the group's office (办公室) sits, normally the culture administration.
    public var office: String
    public var members: [GroupMember]
    public var meetings: [GroupMeeting]

    public init(id: Int, unitID: Int, name: String, office: String, members: [GroupMember], meetings: [GroupMeeting] = []) {
        self.id = id; self.unitID = unitID; self.name = name; self.office = office
        self.members = members; self.meetings = meetings
    }

    public var heads: [GroupMember] { members.filter { $0.role == .leader } }
}

public struct GroupMember: Codable, Hashable, Sendable {
    public var name: String
    public var role: GroupRole
    /// Home department, e.g. 区发展和改革局, 区财政局.
    public var department: String
    /// Post in that department, e.g. 副局长.
    public var post: String

    public init(name: String, role: GroupRole, department: String, post: String = "") {
        self.name = name; self.role = role; self.department = department; self.post = post
    }
}

/// 组长 / 副组长 / 成员 (the rule set names them; the codes are fixed).
public enum GroupRole: String, Codable, Hashable, Sendable, CaseIterable {
    case leader, deputy, member

    public var chinese: String { switch self { case .leader: "组长"; case .deputy: "副组长"; case .member: "成员" } }
}

/// SPEC §4.1: a regular meeting (定期例会) or a major-issue consultation (重大事项会商),
/// with its minutes (会议纪要) kept on file.
public struct GroupMeeting: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case regular, consultation
        public var chinese: String { self == .regular ? "定期例会" : "重大事项会商" }
    }

    public var id: Int
    public var kind: Kind
    public var date: CivilDate
    public var topic: String
    /// Names of the members present.
    public var attendees: [String]
    public var minutes: Minutes?

    public init(id: Int, kind: Kind, date: CivilDate, topic: String, attendees: [String], minutes: Minutes?) {
        self.id = id; self.kind = kind; self.date = date; self.topic = topic
        self.attendees = attendees; self.minutes = minutes
    }
}

/// 会议纪要: the text, or a reference to the filed document, or both.
public struct Minutes: Codable, Hashable, Sendable {
    public var text: String
    public var fileRef: String?

    public init(text: String, fileRef: String? = nil) { self.text = text; self.fileRef = fileRef }

    public var isOnFile: Bool { !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || fileRef != nil }
}
