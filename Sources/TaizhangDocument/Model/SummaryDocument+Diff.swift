/// A paragraph-level comparison of two versions of a summary (for the versions API).
public struct DocumentDiff: Codable, Sendable, Equatable {
    public struct Change: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case added, removed, modified, moved }

        public var kind: Kind
        /// Block id, or "title" / "signature" / "date" for the document's own fields.
        public var id: String
        public var before: String?
        public var after: String?

        public init(kind: Kind, id: String, before: String?, after: String?) {
            self.kind = kind
            self.id = id
            self.before = before
            self.after = after
        }
    }

    /// Changes in the newer version's reading order; removed blocks come where they stood.
    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }
}

extension SummaryDocument {
    /// Compares version `a` with version `b` block by block, matching blocks by id.
    /// A block whose content differs is `modified` (even when only a trace
    /// changed); one that kept its content but left the common order is `moved`.
    public static func compare(_ a: SummaryDocument, _ b: SummaryDocument) -> DocumentDiff {
        var changes: [DocumentDiff.Change] = []
        if a.title != b.title { changes.append(.init(kind: .modified, id: "title", before: a.title, after: b.title)) }

        let oldByID = Dictionary(a.blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(b.blocks.map(\.id))
        let stayed = Set(commonOrder(a.blocks.map(\.id).filter(newIDs.contains), b.blocks.map(\.id).filter { oldByID[$0] != nil }))

        var pendingRemovals = a.blocks.filter { !newIDs.contains($0.id) }.map(\.id)
        let oldIndex = Dictionary(a.blocks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func flushRemovals(before index: Int) {
            while let id = pendingRemovals.first, let i = oldIndex[id], i < index {
                changes.append(.init(kind: .removed, id: id, before: oldByID[id]?.plainText, after: nil))
                pendingRemovals.removeFirst()
            }
        }
        for block in b.blocks {
            guard let old = oldByID[block.id] else {
                changes.append(.init(kind: .added, id: block.id, before: nil, after: block.plainText))
                continue
            }
            flushRemovals(before: oldIndex[block.id] ?? 0)
            if old != block {
                changes.append(.init(kind: .modified, id: block.id, before: old.plainText, after: block.plainText))
            } else if !stayed.contains(block.id) {
                changes.append(.init(kind: .moved, id: block.id, before: old.plainText, after: block.plainText))
            }
        }
        flushRemovals(before: Int.max)

        if a.signature != b.signature {
            changes.append(.init(kind: .modified, id: "signature", before: a.signature, after: b.signature))
        }
        if a.date != b.date { changes.append(.init(kind: .modified, id: "date", before: a.date.chinese, after: b.date.chinese)) }
        return DocumentDiff(changes: changes)
    }

    /// Longest common subsequence of two id lists (ids are unique within a list).
    private static func commonOrder(_ x: [String], _ y: [String]) -> [String] {
        let (n, m) = (x.count, y.count)
        guard n > 0, m > 0 else { return [] }
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = x[i] == y[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var (i, j, result) = (0, 0, [String]())
        while i < n, j < m {
            if x[i] == y[j] {
                result.append(x[i])
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] { i += 1 } else { j += 1 }
        }
        return result
    }
}
