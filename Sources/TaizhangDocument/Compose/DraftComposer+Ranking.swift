extension DraftComposer {
    /// A supervisor's roll-up: one level-2 subsection per ranked indicator with
    /// a lead sentence and a table (排名 / 单位 / value / 占比).
    func rankingSection(_ input: DraftInput) -> [Block] {
        guard !input.rankings.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(id: "ranking", level: 1, text: "各单位工作完成情况"))]
        for (i, ranking) in input.rankings.enumerated() where !ranking.rows.isEmpty {
            let id = "ranking-\(i + 1)"
            let rows = ranking.rows.enumerated()
                .sorted { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }
                .map(\.element)
            let total = rows.reduce(0) { $0 + $1.value }
            let allRefs = rows.flatMap(\.refs)
            let totalQualifier = Qualifier.combine(rows.map(\.qualifier))

            blocks.append(.heading(Heading(id: id, level: 2, text: ranking.title)))
            var lead = RunBuilder()
            lead.text("\(ChineseNumerals.string(rows.count))个单位\(ranking.indicator)合计")
            lead.quantity(total, ranking.measureWord, totalQualifier, trace: allRefs)
            lead.text("，其中\(rows[0].unitName)以")
            lead.quantity(rows[0].value, ranking.measureWord, rows[0].qualifier, trace: rows[0].refs)
            lead.text("居首。各单位情况见下表。")
            blocks.append(lead.paragraph("\(id)-lead"))

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
            blocks.append(.table(Table(
                id: "\(id)-table", caption: ranking.title,
                header: ["排名", "单位", "\(ranking.indicator)（\(ranking.measureWord)）", "占比"],
                rows: tableRows)))
        }
        return blocks
    }
}
