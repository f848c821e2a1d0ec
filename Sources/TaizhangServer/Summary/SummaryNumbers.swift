import Fluent
import TaizhangDocument
import TaizhangDomain
import Vapor

/// A summary's numbers and their sources, as the API and the summary page show them.
enum SummaryNumbers {
    struct Row: Content {
        var index: Int
        var text: String
        var value: Double
        var unit: String
        var traced: Bool
        var trace: [String]
    }

    /// One source of a number, resolved against the database. `hidden` when it belongs to a
    /// unit the caller may not read (its existence is shown, its content is not).
    struct Source: Content {
        var kind: String
        var id: String
        var label: String
        var hidden: Bool
        var unitId: Int?
        var unitName: String?
        var date: String?
        var values: [ValueRow]?

        init(kind: String, id: String, label: String, hidden: Bool, unitId: Int? = nil, unitName: String? = nil,
             date: String? = nil, values: [ValueRow]? = nil) {
            self.kind = kind; self.id = id; self.label = label; self.hidden = hidden
            self.unitId = unitId; self.unitName = unitName; self.date = date; self.values = values
        }
    }
    struct ValueRow: Content { var indicator: String; var name: String; var value: Double; var measureWord: String; var qualifier: String? }

    struct Detail: Content { var number: Row; var sources: [Source] }

    static func row(_ index: Int, _ n: TracedNumber) -> Row {
        Row(index: index, text: n.text, value: n.value, unit: n.unit, traced: n.traced, trace: n.trace.map(\.token))
    }

    /// The number at `index` of a version's numbers with its sources resolved for `scope`.
    static func detail(_ numbers: [TracedNumber], index: Int, scope: AccessScope, catalog: Catalog, on db: any Database) async throws -> Detail {
        guard numbers.indices.contains(index) else { throw AppError.notFound("Number", zh: "该数字") }
        let sources = try await TraceResolver(db: db, scope: scope, catalog: catalog).resolve(numbers[index].trace)
        return Detail(number: row(index, numbers[index]), sources: sources)
    }
}

extension Request {
    /// The summary named by the path, after checking the caller may read it (`.read`) or
    /// write it (any other action); shared by the API and the summary pages.
    func summary(action: AccessScope.Action) async throws -> SummaryModel {
        let summary = try await Summaries.find(try pathID(), on: db)
        if action == .read { try await authorize(.read, unit: summary.unitID) } else { try Summaries.authorizeWrite(try await actor(), unit: summary.unitID) }
        return summary
    }
}
