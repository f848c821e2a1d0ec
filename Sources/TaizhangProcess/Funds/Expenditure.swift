import TaizhangDomain

/// One payment out of the creation funds, booked against a line of the approved plan.
/// `lineID` is nil only for records imported from a finance ledger without a line — the
/// earmarking check (`Earmark`) refuses to book such a payment.
public struct Expenditure: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var planID: Int
    public var lineID: Int?
    public var amount: Fen
    public var date: CivilDate
    public var source: FundSource
    public var description: String

    public init(id: Int, unitID: Int, planID: Int, lineID: Int?, amount: Fen, date: CivilDate, source: FundSource,
                description: String) {
        self.id = id; self.unitID = unitID; self.planID = planID; self.lineID = lineID
        self.amount = amount; self.date = date; self.source = source; self.description = description
    }
}

extension Array where Element == Expenditure {
    /// Sum spent on a line from a source (nil: both), up to and including `through`.
    public func spent(line: Int, source: FundSource? = nil, through: CivilDate? = nil, from: CivilDate? = nil) -> Fen {
        lazy.filter { e in
            e.lineID == line && (source.map { e.source == $0 } ?? true)
                && (through.map { e.date <= $0 } ?? true) && (from.map { e.date >= $0 } ?? true)
        }.map(\.amount).reduce(0, +)
    }
}
