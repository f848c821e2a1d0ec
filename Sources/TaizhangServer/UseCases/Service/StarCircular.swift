import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangService

/// SPEC §7 服务明星评选通报: title, the rules (items, threshold, quota), the stars, the
/// ranked table with monthly scores, and who was not eligible and why; written by the
/// same writers as summaries and the publicity circular (.docx per GB/T 9704, md, html).
enum StarCircular {
    static func document(_ e: StarElection, centre: String, names: CentreNames, rules: ServiceRuleSet, writtenOn: CivilDate) -> SummaryDocument {
        let label = e.period.chineseLabel
        func name(_ id: Int) -> String { names.staff[id]?.name ?? "\(id)" }
        func window(_ id: Int) -> String { names.staff[id].flatMap { names.windows[$0.windowID]?.label } ?? "" }
        let stars = e.elected.map { "\(window($0.staffID))\(name($0.staffID))" }
        let stats = rules.appraisal.stars
        var blocks: [Block] = [
            paragraph("opening", "根据中心窗口工作人员绩效考核办法，按照窗口工作人员月度考核成绩，经中心研究，现将\(label)“服务明星”评选结果通报如下。"),
            paragraph("rules", "月度考核以\(rules.appraisal.base.compact)分为基础，按"
                      + rules.appraisal.items.map(\.zh).joined(separator: "、") + "等项目加减分；评选期内各月考核成绩均不低于\(stats.minMonthlyScore.compact)分、"
                      + "无\(stats.vetoSources.map(\.chinese).joined(separator: "、"))记录的，按各月平均成绩排名，每期评选\(ChineseNumerals.string(stats.quota))名。"),
            paragraph("stars", stars.isEmpty ? "本期无人符合评选条件。" : "\(label)“服务明星”为：" + stars.joined(separator: "、") + "。"),
        ]
        let ranked = e.rows.filter { $0.rank != nil }
        blocks.append(.table(Table(id: "ranking", caption: "\(label)窗口工作人员考核成绩排名",
                                   header: ["排名", "姓名", "窗口"] + monthHeaders(e.period) + ["平均成绩", "评选结果"],
                                   rows: ranked.map { r in
                                       ([String(r.rank ?? 0), name(r.staffID), window(r.staffID)] + r.monthly.map(\.compact)
                                        + [r.score.compact, r.elected ? "服务明星" : ""]).map { [Run.text($0)] }
                                   })))
        let out = e.rows.filter { $0.rank == nil }
        if !out.isEmpty {
            blocks.append(paragraph("ineligible", "未列入排名的人员：" + out.map { "\(name($0.staffID))（\($0.reasons.map(\.zh).joined(separator: "；"))）" }.joined(separator: "；") + "。"))
        }
        blocks.append(paragraph("closing", "希望受表彰的同志珍惜荣誉、再接再厉，全体窗口工作人员以先进为榜样，进一步提升服务质量。"))
        return SummaryDocument(title: "关于\(label)“服务明星”评选结果的通报", blocks: blocks, signature: centre,
                               date: DocDate(year: writtenOn.year, month: writtenOn.month, day: writtenOn.day))
    }

    static func monthHeaders(_ p: Period) -> [String] {
        Period.range(.containing(p.start, kind: .month), through: .containing(p.end, kind: .month)).map { "\($0.index)月" }
    }

    private static func paragraph(_ id: String, _ text: String) -> Block { .paragraph(Paragraph(id: id, runs: [.text(text)])) }
}
