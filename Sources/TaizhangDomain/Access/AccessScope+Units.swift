extension AccessScope {
    /// The units a figure of `root` draws on: `root` alone, or (for a roll-up) every unit of
    /// its subtree the user may read.
    public func readableIDs(root: Int, subtree: Bool) -> [Int] {
        guard subtree else { return [root] }
        return readableSubtree(of: root).map(\.id)
    }

    /// The units of `root`'s subtree the user may read, in tree order. When a supervisor or
    /// admin role reaches `root` itself, it reaches every unit below (`roles(on:)` inherits
    /// them downwards), so the subtree is taken whole instead of asking `can` per unit — a
    /// county is thousands of units.
    public func readableSubtree(of root: Int) -> [Unit] {
        let units = tree.subtree(of: root)
        if !roles(on: root).isDisjoint(with: [.supervisor, .admin]) { return units }
        return units.filter { can(.read, on: $0.id) }
    }
}
