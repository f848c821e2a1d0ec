extension AccessScope {
    /// The units a figure of `root` draws on: `root` alone, or (for a roll-up) every unit of
    /// its subtree the user may read.
    public func readableIDs(root: Int, subtree: Bool) -> [Int] {
        guard subtree else { return [root] }
        return tree.subtree(of: root).map(\.id).filter { can(.read, on: $0) }
    }
}
