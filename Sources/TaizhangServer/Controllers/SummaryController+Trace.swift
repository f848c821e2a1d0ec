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

    /// The number at `index` of a version's numbers with its sources resolved for the caller.
    static func numberDetail(_ numbers: [TracedNumber], index: Int, req: Request) async throws -> NumberDetail {
        guard numbers.indices.contains(index) else { throw AppError.notFound("Number", zh: "该数字") }
        let scope = try await req.scope()
        let sources = try await TraceResolver(db: req.db, scope: scope, catalog: try await req.catalog())
            .resolve(numbers[index].trace)
        return NumberDetail(number: numberRow(index, numbers[index]), sources: sources)
    }

    static func numberRow(_ index: Int, _ n: TracedNumber) -> NumberRow {
        NumberRow(index: index, text: n.text, value: n.value, unit: n.unit, traced: n.traced, trace: n.trace.map(\.token))
    }
}
