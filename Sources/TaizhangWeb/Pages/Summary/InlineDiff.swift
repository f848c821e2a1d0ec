/// Character-level differences between two versions of a paragraph, so the compare
/// view can mark exactly which words changed rather than the whole paragraph.
enum InlineDiff {
    enum Piece: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// Longest-common-subsequence diff. Paragraphs too long for the quadratic table
    /// (over `limit` cells) come back as one removal and one addition.
    static func pieces(_ before: String, _ after: String, limit: Int = 400_000) -> [Piece] {
        let a = Array(before), b = Array(after)
        guard a.count * b.count <= limit else { return [.removed(before), .added(after)].filter { !$0.isEmpty } }
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var out: [Piece] = []
        func push(_ p: Piece) {
            switch (out.last, p) {
            case (.same(let x)?, .same(let y)): out[out.count - 1] = .same(x + y)
            case (.removed(let x)?, .removed(let y)): out[out.count - 1] = .removed(x + y)
            case (.added(let x)?, .added(let y)): out[out.count - 1] = .added(x + y)
            default: out.append(p)
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                push(.same(String(a[i]))); i += 1; j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Removal first on a tie: readers expect "old → new" order.
                push(.removed(String(a[i]))); i += 1
            } else {
                push(.added(String(b[j]))); j += 1
            }
        }
        return out
    }
}

extension InlineDiff.Piece {
    var isEmpty: Bool {
        switch self { case .same(let s), .removed(let s), .added(let s): s.isEmpty }
    }

    var node: Node {
        switch self {
        case .same(let s): .text(s)
        case .removed(let s): del { s }
        case .added(let s): ins { s }
        }
    }
}
