import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.1 领导小组 over HTTP: the request handlers of `LeadingGroups`.
enum LeadingGroupController {
    static func get(req: Request) async throws -> LeadingGroups.GroupView {
        let unit = try await req.unitParameter(.read)
        return try await LeadingGroups.view(unit, store: req.processStore, today: req.today)
    }

    /// Creates or replaces the group's name, office and members (meetings stay).
    static func put(req: Request) async throws -> LeadingGroups.GroupView {
        let unit = try await req.unitParameter(.writeLedger)
        let ctx = try await req.processContext()
        try await LeadingGroups.save(unit: unit, try req.decodeJSON(LeadingGroups.GroupInput.self), in: ctx)
        return try await LeadingGroups.view(unit, store: req.processStore, today: ctx.today)
    }

    static func meetings(req: Request) async throws -> [LeadingGroups.MeetingView] {
        try await LeadingGroups.meetings(try await req.unitParameter(.read), store: req.processStore)
    }

    /// Records a meeting (定期例会 or 重大事项会商) with its attendees and minutes.
    static func addMeeting(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.writeLedger)
        let input = try req.decodeJSON(LeadingGroups.MeetingInput.self)
        return try Response.created(try await LeadingGroups.addMeeting(unit: unit, input, in: try await req.processContext()))
    }
}

extension LeadingGroups.GroupView: Content {}
extension LeadingGroups.MeetingView: Content {}
