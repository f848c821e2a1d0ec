import TaizhangDomain

/// GET /ledger/new and GET /ledger/{id}/edit; re-rendered by POST /ledger and
/// POST /ledger/{id} when validation fails (with the entered values and the errors).
///
/// Field names: `title`, `date`, `end_date` (yyyy-mm-dd), `category` (EntryCategory raw value),
/// `place`, `narrative`, `planned` ("1" when ticked), `v.<indicator code>` per indicator (a figure
/// as typed: "300", "300余", "约300"), `q.<indicator code>` its qualifier from the list (约 / 近 /
/// 余 / 多 / 以上; what is typed wins), `evidence` (files, multipart).
public enum EntryFormPage {
    public struct Model: Sendable {
        /// nil: a new entry.
        public var entryID: Int?
        public var form: FormState
        /// The catalog's indicators, offered as value fields grouped by work area.
        public var indicators: [Indicator]
        public var evidence: [Evidence]
        /// Where the entry came from, shown for imported ones ("《…》第3行").
        public var importedFrom: String?
        /// Codes of the indicators the unit used most lately, offered first.
        public var recentIndicators: [String]

        public init(entryID: Int? = nil, form: FormState = .empty, indicators: [Indicator],
                    evidence: [Evidence] = [], importedFrom: String? = nil, recentIndicators: [String] = []) {
            self.entryID = entryID; self.form = form; self.indicators = indicators
            self.evidence = evidence; self.importedFrom = importedFrom; self.recentIndicators = recentIndicators
        }
    }

    /// An attachment already stored with the entry.
    public struct Evidence: Sendable, Hashable {
        public var id: Int
        public var filename: String
        public var url: String
        public var sizeText: String
        public init(id: Int, filename: String, url: String, sizeText: String) {
            self.id = id; self.filename = filename; self.url = url; self.sizeText = sizeText
        }
    }

    /// The form values of a stored entry, for the edit page's first render.
    public static func values(of entry: LedgerEntry) -> [String: String] {
        var v: [String: String] = [
            "title": entry.title, "date": entry.date.iso, "category": entry.category.rawValue,
            "place": entry.place ?? "", "narrative": entry.narrative, "end_date": entry.endDate?.iso ?? "",
        ]
        if entry.planned { v["planned"] = "1" }
        // The qualifier stays with the figure, so saving the form does not drop "余".
        for value in entry.values { v["v." + value.indicator] = QuantityInput.text(value.value, qualifier: value.qualifier) }
        return v
    }

    /// The form field name of an indicator's value.
    public static func valueField(_ code: String) -> String { "v." + code }
    /// The form field name of the value's qualifier.
    public static func qualifierField(_ code: String) -> String { "q." + code }
}
