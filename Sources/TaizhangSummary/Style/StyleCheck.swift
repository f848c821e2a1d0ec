import TaizhangDocument
import TaizhangDomain

/// The style check (文风检查) run on every draft beside the checker (体检): the checker
/// finds what is wrong in any text; this finds what a generated or edited draft must not
/// do — the standard structure broken, an empty section, an implausible or zero-based
/// growth rate, a statistics name in the prose, a date outside the period it belongs to,
/// a claim no number in its paragraph supports. Findings carry the block they are in.
public enum StyleCheck {
    public static func run(_ document: SummaryDocument, context: StyleContext) -> [StyleFinding] {
        var out = structure(document)
        out += emptySections(document)
        var section = 0
        for block in document.blocks {
            guard case .paragraph(let p) = block else {
                if case .heading(let h) = block, h.level == 1 { section += 1 }
                continue
            }
            out += rates(p, context)
            out += rawNames(p, context)
            out += dates(p, section: section, context)
            out += claims(p)
        }
        out += documentDate(document, context)
        return out
    }
}

/// What the style check needs to know besides the document.
public struct StyleContext: Sendable {
    public var period: Period
    /// Catalog names prose must not print ("收缴非法出版物件数").
    public var rawNames: [String]
    public var comparison: ComparisonRule
    /// The summary's due date (成文日期 must not be later).
    public var dueDate: CivilDate?

    public init(period: Period, rawNames: [String] = [], comparison: ComparisonRule = ComparisonRule(), dueDate: CivilDate? = nil) {
        self.period = period; self.rawNames = rawNames; self.comparison = comparison; self.dueDate = dueDate
    }

    public init(period: Period, catalog: Catalog, comparison: ComparisonRule = ComparisonRule(), dueDate: CivilDate? = nil) {
        self.init(period: period, rawNames: catalog.indicators.filter(\.nameIsRaw).map(\.name), comparison: comparison,
                  dueDate: dueDate)
    }
}

public struct StyleFinding: Codable, Sendable, Hashable {
    public enum Rule: String, Codable, Sendable, CaseIterable {
        case structure
        case emptySection = "empty-section"
        case implausibleRate = "implausible-rate"
        case rateOnZero = "rate-on-zero"
        case rawName = "raw-name"
        case dateOutOfPeriod = "date-out-of-period"
        case unsupportedClaim = "unsupported-claim"
    }

    public var rule: Rule
    /// The block the finding is in (nil: the document as a whole).
    public var blockID: String?
    /// The words it points at.
    public var text: String
    public var message: String
    public var messageEn: String

    public init(rule: Rule, blockID: String?, text: String, message: String, messageEn: String) {
        self.rule = rule; self.blockID = blockID; self.text = text; self.message = message; self.messageEn = messageEn
    }
}
