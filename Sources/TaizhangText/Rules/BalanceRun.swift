/// The role a figure plays in a balance of work items, told by the word before it in its
/// clause (`Arithmetic.balances`). General vocabulary of case and item statistics in Chinese
/// official reporting (courts, petitions, service centres, mediation, inspections).
enum BalanceRole: Int, CaseIterable {
    case carried, new, received, closed, pending, passed, failed

    /// Longest match wins at a position, so 未结 is never read as 结…, 不合格 never as 合格,
    /// 上年未结 never as 未结 and 尚未办结 never as 办结.
    static let lists: [([String], BalanceRole)] = [
        (["旧存", "上年结转", "上期结转", "上年度结转", "积存", "存案", "上年未结", "上年旧存", "年初结存"], .carried),
        (["新收", "新受理", "收案", "新立"], .new),
        (["受理", "受案", "排查", "应办结", "应结", "抽检", "抽查", "抽样", "检测", "检验", "监测", "快检", "送检"], .received),
        (["已结", "审结", "办结", "已办结", "结案", "执结", "审执结", "化解", "调解成功", "调处成功", "成功调解", "成功调处", "成功", "处结", "处理完毕", "办理完毕"], .closed),
        (["未结", "在办", "正在办理", "尚未办结", "未办结", "结转下期", "结转下年", "未化解"], .pending),
        (["合格", "达标"], .passed),
        (["不合格", "不达标"], .failed),
    ]
    static let words: [(Lexicon, BalanceRole)] = lists.map { (Lexicon($0.0), $0.1) }
    /// One lexicon of every role word, for the longest match at a position.
    static let all = Lexicon(lists.flatMap(\.0))
    /// Words before a rate's closed word that keep its meaning (综合结案率); any other (按期办结率,
    /// 当场办结率, 一次性合格率) names another numerator.
    static let rateModifiers = Lexicon(["综合", "总体", "整体", "总", "监督"])
    /// A figure after these in its clause is a subset or a comparison, no term of the balance.
    static let asideWords = Lexicon(["其中", "含", "包括", "同期", "同比", "比上年", "较上年"])
    static let rateVerbs = Lexicon(["为", "达", "是", "达到", "了"])

    /// The role of the last role word in `range` (stepping over each match, so a word inside a
    /// longer one is never read).
    static func last(in line: LineText, _ range: Range<Int>) -> BalanceRole? {
        var index = range.lowerBound, found: BalanceRole?
        while index < range.upperBound {
            let length = all.prefix(in: line.norm, at: index)
            guard length > 0, index + length <= range.upperBound else { index += 1; continue }
            found = role(of: Array(line.norm[index..<(index + length)]))
            index += length
        }
        return found
    }

    private static func role(of word: [UInt32]) -> BalanceRole? {
        words.first { lexicon, _ in lexicon.prefix(in: word, at: 0) == word.count }?.1
    }
}

/// Figures of one measure in one sentence, at most one per role.
struct BalanceRun {
    var figures: [BalanceRole: QuantityHit] = [:]
    /// Where the run's rates may stand: from its first figure to the next run or the sentence's end.
    var span: Range<Int>
    var approximate = false

    static func runs(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>]) -> [BalanceRun] {
        var runs = [BalanceRun]()
        for sentence in sentences {
            var run: BalanceRun?
            var previousEnd = sentence.lowerBound
            for hit in hits where sentence.contains(hit.start) {
                defer { previousEnd = max(previousEnd, hit.end) }
                guard !hit.isPercent, hit.change == nil, !hit.isPoints else { continue }
                let clause = max(BalanceRun.clauseStart(line, before: hit.start), previousEnd)..<hit.start
                guard let role = BalanceRole.last(in: line, clause),
                      !Sentences.contains(line, BalanceRole.asideWords, in: clause) else { continue }
                if let first = run?.figures.values.first, !Ratios.compatible(first, hit) { continue }
                if run?.figures[role] != nil, var closed = run {
                    closed.span = closed.span.lowerBound..<hit.start
                    runs.append(closed)
                    run = nil
                }
                if run == nil { run = BalanceRun(span: hit.start..<sentence.upperBound) }
                run?.figures[role] = hit
                if hit.isApproximate { run?.approximate = true }
            }
            if let run, run.figures.count >= 2 { runs.append(run) }
        }
        return runs.filter { $0.figures.count >= 2 }
    }

    /// The clause's start, stepping over a bracket that ends right before it: 抽查种植业(蔬菜、水果)产品121批次
    /// keeps 抽查 as the role of 121.
    static func clauseStart(_ line: LineText, before position: Int) -> Int {
        var start = Sentences.clauseStart(line, before: position)
        while start > 0, line[start - 1] == U.rparen,
              let open = (max(0, start - 40)..<(start - 1)).last(where: { line[$0] == U.lparen }) {
            start = Sentences.clauseStart(line, before: open)
        }
        return start
    }
}
