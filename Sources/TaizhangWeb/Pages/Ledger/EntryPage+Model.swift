import TaizhangDomain

/// GET /ledger/{id} — one entry, read-only, for anyone whose scope covers its unit (a
/// supervisor following a number to its source, a street's staff tracing a community's
/// figure). Evidence photos show inline, PDFs open in the browser. The edit button appears
/// only for those who may change the unit's ledger.
public enum EntryPage {
    public struct Model: Sendable {
        public var entry: EntryRow
        public var unitName: String
        public var narrative: String
        public var recordedBy: String
        public var recordedAt: Stamp?
        public var importedFrom: String?
        public var evidence: [Evidence]
        public var canEdit: Bool

        public init(entry: EntryRow, unitName: String, narrative: String = "", recordedBy: String = "", recordedAt: Stamp? = nil,
                    importedFrom: String? = nil, evidence: [Evidence] = [], canEdit: Bool = false) {
            self.entry = entry; self.unitName = unitName; self.narrative = narrative; self.recordedBy = recordedBy
            self.recordedAt = recordedAt; self.importedFrom = importedFrom; self.evidence = evidence; self.canEdit = canEdit
        }
    }

    public struct Evidence: Sendable, Hashable {
        public enum Kind: String, Sendable { case image, pdf, other }
        public var filename: String
        public var url: String
        public var sizeText: String
        public var kind: Kind

        public init(filename: String, url: String, sizeText: String, kind: Kind) {
            self.filename = filename; self.url = url; self.sizeText = sizeText; self.kind = kind
        }

        /// How a browser shows a file of this name: photos inline, PDFs in its viewer.
        public static func kind(of filename: String) -> Kind {
            let ext = filename.split(separator: ".").last.map { $0.lowercased() } ?? ""
            if ["jpg", "jpeg", "png", "gif", "webp"].contains(ext) { return .image }
            return ext == "pdf" ? .pdf : .other
        }
    }
}
