import TaizhangDomain

/// GET /process/circulars (the latest) or /process/circulars/{window} — a circular (通报):
/// the ranked table of the stored scores of a scoring window (2024H1, or a project's cycle
/// 2024-2025) with the breakdown. Export: GET /process/circulars/{window}/export?format=docx.
public enum CircularPage {
    public struct Model: Sendable {
        /// The scoring window's code.
        public var id: String
        public var title: String
        public var issuedOn: CivilDate
        public var issuer: String
        public var intro: String
        public var rows: [Row]
        /// Other circulars to switch to.
        public var others: [Choice]

        public init(id: String, title: String, issuedOn: CivilDate, issuer: String, intro: String, rows: [Row], others: [Choice] = []) {
            self.id = id; self.title = title; self.issuedOn = issuedOn; self.issuer = issuer; self.intro = intro
            self.rows = rows; self.others = others
        }
    }

    public struct Row: Sendable, Hashable {
        public var unitName: String
        public var base: Int
        public var adoptionPoints: Int
        public var adoptionCount: Int
        public var total: Int
        public init(unitName: String, base: Int, adoptionPoints: Int, adoptionCount: Int, total: Int) {
            self.unitName = unitName; self.base = base; self.adoptionPoints = adoptionPoints
            self.adoptionCount = adoptionCount; self.total = total
        }
    }
}
