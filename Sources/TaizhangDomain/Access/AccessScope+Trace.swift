extension AccessScope {
    /// Reading one ledger entry (its page, a number's sources, its evidence files), read-only:
    /// whoever reads the unit, and a unit's own people (填报员, 联络员, 领导) for the units below it.
    ///
    /// Why (issue #16): a street answers for the figures its communities send up; a figure of
    /// the street's roll-up that its own staff cannot trace to the community's entry cannot be
    /// checked before it is reported. Lists, totals and editing keep `can(_:on:)`.
    public func canViewEntry(of unitID: Int) -> Bool {
        if can(.read, on: unitID) { return true }
        let above = Set(tree.ancestors(of: unitID).map(\.id))
        return grants.contains { above.contains($0.unitID) && [.staff, .liaison, .leader].contains($0.role) }
    }
}
