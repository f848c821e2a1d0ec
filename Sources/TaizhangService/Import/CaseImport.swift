import Foundation
import TaizhangDomain

/// Checks a batch of imported case rows against the item catalog and the staff list and
/// converts them, all or nothing: any problem and nothing is imported, with every problem
/// listed by line (第3行：…) so the file can be fixed in one go. A refusal without a reason
/// is imported as it is — it is what the supervision flags (异常办件), not a file error.
public struct CaseImport: Sendable {
    public var items: [String: ServiceItem]
    /// Staff by work number and by name.
    public var staff: [String: Int]
    public var now: Date
    /// At most this many problems are listed (a wholly wrong file would list every row).
    public var maxProblems = 200

    public init(items: [ServiceItem], staff: [String: Int], now: Date) {
        self.items = Dictionary(items.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.staff = staff; self.now = now
    }

    public func convert(_ rows: [CaseRow]) -> Result<[ServiceCase], ImportProblems> {
        var out: [ServiceCase] = [], problems: [ImportProblem] = []
        out.reserveCapacity(rows.count)
        var seen: [String: Int] = [:]
        for row in rows {
            guard problems.count < maxProblems else { break }
            if let first = seen[row.number], !row.number.isEmpty {
                problems.append(ImportProblem(line: row.line, zh: "办件编号“\(row.number)”重复（与第\(first)行）。",
                                              en: "Case number \(row.number) repeats line \(first)."))
                continue
            }
            seen[row.number] = row.line
            switch convert(row) {
            case .success(let c): out.append(c)
            case .failure(let p): problems.append(p)
            }
        }
        if rows.isEmpty { problems.append(ImportProblem(line: 1, zh: "没有可导入的办件。", en: "No cases to import.")) }
        return problems.isEmpty ? .success(out) : .failure(ImportProblems(problems))
    }

    func convert(_ r: CaseRow) -> Result<ServiceCase, ImportProblem> {
        func bad(_ zh: String, _ en: String) -> Result<ServiceCase, ImportProblem> { .failure(ImportProblem(line: r.line, zh: zh, en: en)) }
        if r.number.isEmpty { return bad("缺少办件编号。", "The case number is missing.") }
        guard let item = items[r.itemCode] else {
            return bad("事项编码“\(r.itemCode)”不在事项目录中。", "Item code \(r.itemCode) is not in the catalog.")
        }
        guard let accepted = Timestamp.parse(r.acceptedAt) else {
            return bad("受理时间“\(r.acceptedAt)”无法识别（应如2026-03-02 09:10）。", "Unreadable acceptance time \(r.acceptedAt).")
        }
        if accepted > now { return bad("受理时间晚于当前时间。", "The acceptance time is in the future.") }
        var completed: Date?
        if let text = r.completedAt {
            guard let d = Timestamp.parse(text) else { return bad("办结时间“\(text)”无法识别。", "Unreadable completion time \(text).") }
            if d < accepted { return bad("办结时间早于受理时间。", "Completed before it was accepted.") }
            if d > now { return bad("办结时间晚于当前时间。", "The completion time is in the future.") }
            completed = d
        }
        let outcome = r.outcome.flatMap(Self.outcome)
        if let text = r.outcome, outcome == nil {
            return bad("办理结果“\(text)”无法识别（应为准予、不予许可或撤回）。", "Unknown outcome \(text).")
        }
        if completed != nil && outcome == nil { return bad("已办结的办件须填写办理结果。", "A completed case needs its outcome.") }
        if completed == nil && outcome != nil { return bad("填写了办理结果但没有办结时间。", "An outcome without a completion time.") }
        var staffID: Int?
        if let s = r.staff {
            guard let id = staff[s] else { return bad("经办人“\(s)”不在窗口人员名单中。", "Staff \(s) is not on the window staff list.") }
            staffID = id
        }
        guard let statutory = Self.days(r.statutoryDays, item.statutoryDays), let promised = Self.days(r.promisedDays, item.promisedDays),
              promised <= statutory else {
            return bad("时限应为不超过法定时限的非负整数（工作日）。", "Limits must be whole working days, the promise not over the statutory limit.")
        }
        var c = ServiceCase(id: 0, number: r.number, itemID: item.id, departmentID: item.departmentID, windowID: item.windowID,
                            staffID: staffID, applicant: r.applicant ?? "", acceptedAt: accepted, completedAt: completed,
                            outcome: outcome, reason: r.reason ?? "", kind: item.kind, statutoryDays: statutory, promisedDays: promised)
        switch StepText.parse(r.steps ?? "", item: item, accepted: accepted) {
        case .success(let steps): c.steps = steps
        case .failure(let e): return bad(e.zh, e.en)
        }
        return .success(c)
    }

    static func days(_ text: String?, _ fallback: Int) -> Int? {
        guard let text else { return fallback }
        var digits = Substring(text)
        for suffix in ["个工作日", "工作日"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count) }
        guard let v = Int(digits), v >= 0 else { return nil }
        return v
    }

    static func outcome(_ text: String) -> CaseOutcome? {
        switch text {
        case "准予", "准予许可", "办结", "准予办结", "通过", "approved": .approved
        case "不予许可", "不予受理", "不予办理", "不予", "refused": .refused
        case "撤回", "申请人撤回", "withdrawn": .withdrawn
        default: nil
        }
    }
}
