/// One case as an approval system exports it: text fields, as in a CSV/XLSX row or the
/// import API's JSON. `CaseImport` checks and converts a whole batch.
public struct CaseRow: Codable, Hashable, Sendable {
    /// 1-based line of the file (the header is line 1), or the index in the JSON array.
    public var line: Int
    public var number: String
    public var itemCode: String
    public var applicant: String?
    public var staff: String?
    public var acceptedAt: String
    public var completedAt: String?
    public var outcome: String?
    public var reason: String?
    public var statutoryDays: String?
    public var promisedDays: String?
    /// `受理@2026-03-02 09:10~2026-03-02 09:30；审查@2026-03-02 09:30~` — step code or name,
    /// start, `~`, finish (empty while running); steps separated by `；` or `;`.
    public var steps: String?

    public init(line: Int, number: String, itemCode: String, applicant: String? = nil, staff: String? = nil,
                acceptedAt: String, completedAt: String? = nil, outcome: String? = nil, reason: String? = nil,
                statutoryDays: String? = nil, promisedDays: String? = nil, steps: String? = nil) {
        self.line = line; self.number = number; self.itemCode = itemCode; self.applicant = applicant; self.staff = staff
        self.acceptedAt = acceptedAt; self.completedAt = completedAt; self.outcome = outcome; self.reason = reason
        self.statutoryDays = statutoryDays; self.promisedDays = promisedDays; self.steps = steps
    }

    /// The columns in the order of the initializer's fields, each with the headers that
    /// name it (Chinese as exported, or the JSON name) and whether it is required.
    public static let columns: [(names: [String], required: Bool)] = [
        (["办件编号", "办件号", "受理编号", "number"], true),
        (["事项编码", "事项代码", "item_code", "itemCode"], true),
        (["申请人", "applicant"], false),
        (["经办人", "经办人工号", "窗口人员", "staff"], false),
        (["受理时间", "accepted_at", "acceptedAt"], true),
        (["办结时间", "completed_at", "completedAt"], false),
        (["办理结果", "outcome"], false),
        (["不予许可理由", "不予受理理由", "理由", "reason"], false),
        (["法定时限", "statutory_days", "statutoryDays"], false),
        (["承诺时限", "promised_days", "promisedDays"], false),
        (["环节", "环节记录", "steps"], false),
    ]

    /// Rows of a CSV/XLSX sheet (header first) as case rows, or the header's problem.
    public static func from(table: [[String]]) -> Result<[CaseRow], ImportProblem> {
        guard let header = table.first else { return .failure(ImportProblem(line: 1, zh: "文件为空。", en: "The file is empty.")) }
        let names = header.map { $0.trimmedSpaces }
        var index: [Int: Int] = [:]
        let columns = Self.columns
        for (c, col) in columns.enumerated() {
            if let i = names.firstIndex(where: col.names.contains) { index[c] = i }
            else if col.required {
                return .failure(ImportProblem(line: 1, zh: "缺少“\(col.names[0])”列。", en: "Missing column \(col.names.last!)."))
            }
        }
        var out: [CaseRow] = []
        out.reserveCapacity(table.count - 1)
        for (n, fields) in table.dropFirst().enumerated() {
            func field(_ c: Int) -> String? {
                guard let i = index[c], i < fields.count else { return nil }
                let v = fields[i].trimmedSpaces
                return v.isEmpty ? nil : v
            }
            out.append(CaseRow(line: n + 2, number: field(0) ?? "", itemCode: field(1) ?? "", applicant: field(2), staff: field(3),
                               acceptedAt: field(4) ?? "", completedAt: field(5), outcome: field(6), reason: field(7),
                               statutoryDays: field(8), promisedDays: field(9), steps: field(10)))
        }
        return .success(out)
    }
}

/// Every problem of a refused batch.
public struct ImportProblems: Error, Sendable {
    public var list: [ImportProblem]
    public init(_ list: [ImportProblem]) { self.list = list }
}

/// A problem of one row (or of the file, line 1), in Chinese and English.
public struct ImportProblem: Error, Codable, Hashable, Sendable {
    public var line: Int
    public var zh: String
    public var en: String

    public init(line: Int, zh: String, en: String) { self.line = line; self.zh = zh; self.en = en }

    /// 第3行：… as the page lists it.
    public var message: String { "第\(line)行：\(zh)" }
}
