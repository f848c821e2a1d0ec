extension DraftComposer {
    /// A supervisor's roll-up: "（N）各街道（镇）工作开展情况", and per ranked indicator a
    /// sentence on the leaders and the laggards with its table (排名 / 单位 / value / 占比).
    func rankingSection(_ input: DraftInput, _ words: Words) -> [Block] {
        let rankings = input.rankings.filter { !$0.rows.isEmpty }
        guard !rankings.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(id: "ranking", level: 2, text: words.fill(input.template.rankingHeading)))]
        for (i, ranking) in rankings.enumerated() {
            let id = "ranking-\(i + 1)"
            let rows = ranking.rows.enumerated()
                .sorted { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }
                .map(\.element)
            blocks.append(rankingLead(ranking, rows: rows, tableNumber: i + 1).paragraph("\(id)-lead"))
            blocks.append(.table(rankingTable(ranking, rows: rows, id: "\(id)-table")))
        }
        return blocks
    }

    /// "从文艺演出看，各单位合计71场，城关街道以25场居首，东湖街道、西山街道次之；白石镇相对较少（4场）。详见表1。"
    private func rankingLead(_ ranking: RankingInput, rows: [RankingRow], tableNumber: Int) -> RunBuilder {
        let subject = ranking.subject ?? ranking.indicator
        let total = rows.reduce(0) { $0 + $1.value }
        var b = RunBuilder()
        b.text("从\(subject)看，")
        b.count(rows.count, "个", trace: rows.flatMap(\.refs))
        b.text("单位合计")
        b.quantity(total, ranking.measureWord, Qualifier.combine(rows.map(\.qualifier)), trace: rows.flatMap(\.refs))
        b.text("，\(rows[0].unitName)以")
        b.quantity(rows[0].value, ranking.measureWord, rows[0].qualifier, trace: rows[0].refs)
        b.text("居首")
        let next = rows.dropFirst().prefix(2).filter { $0.value > 0 }
        if rows.count > 3 && !next.isEmpty { b.text("，" + Self.enumeration(next.map(\.unitName)) + "次之") }
        let active = rows.filter { $0.value > 0 }
        // A unit already named as 次之 is not named again as the one with the least.
        if let last = active.last, active.count > 2, last.unitName != rows[0].unitName,
           !next.contains(where: { $0.unitName == last.unitName }) {
            b.text("；\(last.unitName)相对较少（")
            b.quantity(last.value, ranking.measureWord, last.qualifier, trace: last.refs)
            b.text("）")
        }
        let idle = rows.filter { $0.value == 0 }
        if !idle.isEmpty {
            b.text("，" + Self.enumeration(idle.prefix(3).map(\.unitName)) + (idle.count > 3 ? "等" : "") + "暂未开展")
        }
        b.text("。详见表\(tableNumber)。")
        return b
    }

    private func rankingTable(_ ranking: RankingInput, rows: [RankingRow], id: String) -> Table {
        let total = rows.reduce(0) { $0 + $1.value }
        let allRefs = rows.flatMap(\.refs)
        var rank = 0
        var previous: Double?
        let tableRows: [[[Run]]] = rows.enumerated().map { index, row in
            if row.value != previous { rank = index + 1 }
            previous = row.value
            var value = RunBuilder()
            value.bareQuantity(row.value, ranking.measureWord, row.qualifier, trace: row.refs)
            var share = RunBuilder()
            if total > 0 { share.percent(row.value / total * 100, trace: allRefs) }
            return [[.text(String(rank))], [.text(row.unitName)], value.runs, share.runs]
        }
        return Table(id: id, caption: ranking.title,
                     header: ["排名", "单位", "\(ranking.subject ?? ranking.indicator)（\(ranking.measureWord)）", "占比"],
                     rows: tableRows)
    }
}
