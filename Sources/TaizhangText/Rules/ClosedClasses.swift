/// Classes that exhaust their whole between them: when the parts after 其中 (or a frame, or
/// the next sentence) are labelled by every member of one of these sets and by nothing else,
/// they cover the whole, so a mismatch beyond rounding is a wrong sum. Anything not in a set
/// (重点, 主要, 部分 …, or a set with a member missing) may name a subset and is never flagged.
///
/// Rules are data: each set says why it is closed. Labels match a set when they are the same
/// letters but for one slot, and the slots hold the set's members, each once (城镇人口 / 乡村人口,
/// 初中生 / 小学生, 第一产业增加值 / 第二产业增加值 / 第三产业增加值). A label with 均 (an average)
/// or 率 (a rate) is never a part of a sum.
enum ClosedClasses {
    struct ClosedSet {
        let members: [[UInt32]]
        /// Words one of which must stand before the whole in its line for the set to be closed
        /// there (empty: closed anywhere).
        let context: [[UInt32]]
        /// Measures (counts of institutions) for which the set is not closed.
        let notFor: Set<String>
        init(_ members: [String], context: [String] = [], notFor: Set<String> = []) {
            self.members = members.map { $0.unicodeScalars.map(\.value) }
            self.context = context.map { $0.unicodeScalars.map(\.value) }
            self.notFor = notFor
        }
    }

    static let sets: [ClosedSet] = [
        // Sex: every person is counted under one of the two.
        ClosedSet(["男", "女"]),
        // Residence: the statistical division of land into urban and rural has no third class.
        ClosedSet(["城镇", "乡村"]), ClosedSet(["城镇", "农村"]), ClosedSet(["城市", "农村"]), ClosedSet(["城市", "乡村"]),
        // Compulsory education is primary plus junior middle school — for pupils and money, not
        // for schools (九年一贯制 and special schools are neither), and only under 义务教育.
        ClosedSet(["小学", "初中"], context: ["义务教育"], notFor: ["所", "个", "座", "校", "家"]),
        // Who runs a school or kindergarten: the state or not (公办 / 民办).
        ClosedSet(["公办", "民办"]),
        // A year's project list: started this year or carried over from the last.
        ClosedSet(["新建", "续建"]), ClosedSet(["新开工", "续建"]),
        // Channel: on line or on site.
        ClosedSet(["线上", "线下"]),
        // Origin: local or from elsewhere.
        ClosedSet(["本地", "外地"]),
        // The two halves of a year.
        ClosedSet(["上半年", "下半年"]),
        // The three industries make the economy (三次产业).
        ClosedSet(["第一产业", "第二产业", "第三产业"]), ClosedSet(["一产", "二产", "三产"]),
        // Ethnicity in Chinese statistics: 汉族 or a minority.
        ClosedSet(["汉族", "少数民族"]),
        // Full-time or part-time staff.
        ClosedSet(["专职", "兼职"]),
        // Not here: 国有 / 民营 (集体, 外资 … remain), 一审 / 二审 (再审, 执行), 常住 / 暂住.
    ]

    /// The set the labels enumerate, each member once and nothing else, the other letters of
    /// every label alike; nil when there is none. `before`: the line's letters up to the whole
    /// (the set's context is looked for there); `measure`: the whole's.
    static func closedSet(_ labels: [[UInt32]], before: ArraySlice<UInt32>, measure: String) -> ClosedSet? {
        guard labels.count >= 2, !labels.contains(where: { $0.isEmpty || $0.contains(U.s("均")) || $0.contains(U.s("率")) }) else { return nil }
        for set in sets where set.members.count == labels.count && !set.notFor.contains(measure) {
            guard slotsMatch(labels, set.members) else { continue }
            if set.context.isEmpty || set.context.contains(where: { contains(before, $0) }) { return set }
        }
        return nil
    }

    /// Every label is prefix + a member + suffix with one prefix and one suffix for all, and
    /// the members are the set's, each once.
    static func slotsMatch(_ labels: [[UInt32]], _ members: [[UInt32]]) -> Bool {
        var prefix: ArraySlice<UInt32>? = nil, suffix: ArraySlice<UInt32>? = nil
        var used = Set<Int>()
        for label in labels {
            var found = false
            for (offset, member) in members.enumerated() where !used.contains(offset) {
                guard let at = firstIndex(of: member, in: label[...]) else { continue }
                let before = label[..<at], after = label[(at + member.count)...]
                if let prefix, prefix != before { continue }
                if let suffix, suffix != after { continue }
                prefix = before; suffix = after; used.insert(offset); found = true
                break
            }
            if !found { return false }
        }
        return used.count == members.count
    }

    static func firstIndex(of needle: [UInt32], in hay: ArraySlice<UInt32>) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var index = hay.startIndex
        while index + needle.count <= hay.endIndex {
            if hay[index] == needle[0], hay[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func contains(_ hay: ArraySlice<UInt32>, _ needle: [UInt32]) -> Bool { firstIndex(of: needle, in: hay) != nil }
}
