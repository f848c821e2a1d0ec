import Fluent
import TaizhangDomain
import Vapor

/// Notes a unit's people write on a period: "存在的问题" material for the summary draft.
enum NoteController {
    struct NoteInput: Content { var unitId: Int; var period: String; var text: String }
    struct NoteDTO: Content { var id: Int; var unitId: Int; var period: String; var text: String; var authorId: Int; var createdAt: Date }

    static let maxLength = 500

    static func list(req: Request) async throws -> [NoteDTO] {
        let unitID = try req.queryInt("unit")
        try await req.authorize(.read, unit: unitID)
        let period = try req.queryPeriod()
        return try await NoteModel.query(on: req.db).filter(\.$unitID == unitID).filter(\.$periodCode == period.code)
            .sort(\.$createdAt).all().map(dto)
    }

    static func create(req: Request) async throws -> Response {
        let caller = try req.caller()
        let input = try req.decodeJSON(NoteInput.self)
        let period = try Summaries.period(input.period)
        try Summaries.authorizeWrite(try await req.actor(), unit: input.unitId)
        let text = input.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= maxLength else {
            throw AppError.invalid([DomainError("invalid_note", zh: "备注须为1至\(maxLength)个字。", en: "A note holds 1 to \(maxLength) characters.", field: "text")])
        }
        let note = NoteModel()
        note.unitID = input.unitId; note.periodCode = period.code; note.text = text
        note.authorID = caller.userID; note.createdAt = req.now
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await note.create(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "create", entity: "note", entityID: note.id,
                                   unitID: note.unitID, before: Audit.None?.none, after: dto(note), at: req.now)
        }
        let response = Response(status: .created)
        try response.content.encode(dto(note))
        return response
    }

    static func delete(req: Request) async throws -> HTTPStatus {
        let caller = try req.caller()
        guard let note = try await NoteModel.find(try req.pathID(), on: req.db) else { throw AppError.notFound("Note", zh: "该备注") }
        try Summaries.authorizeWrite(try await req.actor(), unit: note.unitID)
        let before = dto(note)
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await note.delete(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "delete", entity: "note", entityID: before.id,
                                   unitID: before.unitId, before: before, after: Audit.None?.none, at: req.now)
        }
        return .noContent
    }

    static func dto(_ n: NoteModel) -> NoteDTO {
        NoteDTO(id: n.id ?? 0, unitId: n.unitID, period: n.periodCode, text: n.text, authorId: n.authorID, createdAt: n.createdAt)
    }
}
