import TaizhangDomain

/// GET /ledger/new and GET /ledger/{id}/edit; re-rendered by POST /ledger and
/// POST /ledger/{id} when validation fails (with the entered values and the errors).
///
/// Field names: `title`, `date`, `end_date` (yyyy-mm-dd), `category` (EntryCategory raw value),
/// `place`, `narrative`, `planned` ("1" when ticked), `v.<indicator code>` per indicator,
/// `evidence` (files, multipart).
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

        public init(entryID: Int? = nil, form: FormState = .empty, indicators: [Indicator],
                    evidence: [Evidence] = [], importedFrom: String? = nil) {
            self.entryID = entryID; self.form = form; self.indicators = indicators
            self.evidence = evidence; self.importedFrom = importedFrom
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
        for value in entry.values { v["v." + value.indicator] = Fmt.number(value.value, digits: 4) }
        return v
    }

    /// The form field name of an indicator's value.
    public static func valueField(_ code: String) -> String { "v." + code }
}
