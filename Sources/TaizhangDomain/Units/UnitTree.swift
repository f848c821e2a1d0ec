/// An index over units for hierarchy questions (ancestors, subtrees), any depth.
public struct UnitTree: Sendable {
    public private(set) var byID: [Int: Unit] = [:]
    private var children: [Int: [Int]] = [:]
    public private(set) var roots: [Int] = []

    public init(_ units: [Unit]) {
        for u in units { byID[u.id] = u }
        for u in units.sorted(by: { $0.id < $1.id }) {
            if let p = u.parentID, byID[p] != nil { children[p, default: []].append(u.id) } else { roots.append(u.id) }
        }
    }

    public subscript(id: Int) -> Unit? { byID[id] }
    public var count: Int { byID.count }

    public func children(of id: Int) -> [Unit] { (children[id] ?? []).compactMap { byID[$0] } }

    /// The unit and everything below it, depth-first, parents before children
    /// (guards against cycles, like `ancestors(of:)`).
    public func subtree(of id: Int) -> [Unit] {
        guard byID[id] != nil else { return [] }
        var out: [Unit] = [], stack = [id], seen: Set<Int> = []
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            out.append(byID[next]!)
            stack.append(contentsOf: (children[next] ?? []).reversed())
        }
        return out
    }

    /// Parent chain from the direct parent up to the root (guards against cycles).
    public func ancestors(of id: Int) -> [Unit] {
        var out: [Unit] = [], seen: Set<Int> = [id], current = byID[id]?.parentID
        while let p = current, let u = byID[p], seen.insert(p).inserted {
            out.append(u); current = u.parentID
        }
        return out
    }

    /// True when `descendant` is `ancestor` or lies below it.
    public func isWithin(_ descendant: Int, subtreeOf ancestor: Int) -> Bool {
        descendant == ancestor || ancestors(of: descendant).contains { $0.id == ancestor }
    }

    public func depth(of id: Int) -> Int { ancestors(of: id).count }

    /// Would making `parent` the parent of `id` create a cycle?
    public func wouldCycle(_ id: Int, newParent parent: Int) -> Bool {
        isWithin(parent, subtreeOf: id)
    }
}
