import Fluent
import TaizhangDocument
import TaizhangDomain
import Vapor

extension SummaryController {
    /// Every number of a version (default: latest) in reading order, with its sources' tokens.
    static func numbers(req: Request) async throws -> [NumberRow] {
        let summary = try await find(req, action: .read)
        let number = req.query[Int.self, at: "version"] ?? summary.latestVersion
        return try await Summaries.version(summary, number: number, on: req.db).document.numbers.enumerated().map(numberRow)
    }

    /// One number with its sources resolved: the ledger entries (with their values), targets,
    /// last year's entries, reports, notes behind it.
    static func number(req: Request) async throws -> NumberDetail {
        let summary = try await find(req, action: .read)
        let versionNumber = req.query[Int.self, at: "version"] ?? summary.latestVersion
        let numbers = try await Summaries.version(summary, number: versionNumber, on: req.db).document.numbers
        return try await numberDetail(numbers, index: try req.pathID("index"), req: req)
    }

    static func numberDetail(_ numbers: [TracedNumber], index: Int, req: Request) async throws -> NumberDetail {
        try await SummaryNumbers.detail(numbers, index: index, scope: try await req.scope(), catalog: try await req.catalog(), on: req.db)
    }

    static func numberRow(_ index: Int, _ n: TracedNumber) -> NumberRow { SummaryNumbers.row(index, n) }
}
