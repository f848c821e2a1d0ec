/// When a count and its list disagree, is the list sure to be a list of names?
///
/// A mismatch is an error only if every item is plainly one member: a short name (2–10
/// letters), no figure in it (小学2所和初中1所 is a breakdown of the count, not names), not
/// left open (孕产妇等, 之类: the count may hold more than is named), no clause punctuation
/// (A,B、C;D groups differently than 、 says) and no 分别/各 (the 、 belong to another list:
/// 6月、7月分别开展A、B), written in parallel (`parallel`). Anything else is left unchecked — a wrong flag on a consistent text
/// costs more trust than a missed count.
extension NamedLists {
    static func itemised(_ items: [String]) -> Bool {
        guard !items.isEmpty, parallel(items) else { return false }
        return items.allSatisfy { item in
            let count = item.count
            return count >= 2 && count <= 10
                && !item.unicodeScalars.contains(where: { isFigure($0) || isClausePunctuation($0) })
                && !leavesOut(item) && !item.contains("之类") && !item.contains("分别") && !item.contains("各")
        }
    }

    /// Members written in parallel: about the same length (消防、交通、饮食), or sharing
    /// their first or last letter (政治意识、大局意识; 防拐、防盗窃). A ragged list
    /// (农村厕所、垃圾、污水革命) may coordinate inside an item, so the reader's count and
    /// the 、 count differ without an error.
    static func parallel(_ items: [String]) -> Bool {
        let lengths = items.map(\.count)
        if let low = lengths.min(), let high = lengths.max(), high - low <= 1 { return true }
        let firsts = Set(items.compactMap(\.unicodeScalars.first)), lasts = Set(items.compactMap(\.unicodeScalars.last))
        return firsts.count == 1 || lasts.count == 1
    }

    /// 等 that closes a list (孕产妇等, 南村等村): not 等 inside a word (高等, 平等, 等级).
    static func leavesOut(_ item: String) -> Bool {
        let scalars = Array(item.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "等" {
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            if !"高平中初特同均对优上".unicodeScalars.contains(before) && after != "级" { return true }
        }
        return false
    }

    /// ASCII or full-width digits and letters (a figure, a placeholder or a code).
    static func isFigure(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
    }

    static func isClausePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        ",，;；:：。".unicodeScalars.contains(scalar)
    }
}

extension Array where Element == ArithmeticCheck {
    /// Appends a check when there is one (a list rule may leave a mismatch unchecked).
    mutating func append(ifAny check: ArithmeticCheck?) {
        if let check { append(check) }
    }
}
