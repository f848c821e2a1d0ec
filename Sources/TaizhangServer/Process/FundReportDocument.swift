import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.3 半年经费使用情况报告 as a document for filing: addressee, one paragraph on
/// the figures, the table per plan line (central and local money apart, 不得充抵), any
/// payment outside the plan named, copies-to, signed by the unit. Written by the same
/// writers as summaries and circulars.
enum FundReportDocument {
    static func make(_ r: HalfYearFundReport, signature: String, date: CivilDate) -> SummaryDocument {
        func wan(_ fen: Fen) -> String { String(format: "%.2f", Double(fen) / 1_000_000) }
        func row(_ x: HalfYearFundReport.Row) -> [[Run]] {
            [x.scope, x.category, wan(x.budget.central), wan(x.budget.local), wan(x.spentInPeriod.central), wan(x.spentInPeriod.local),
             wan(x.spentToDate.total), wan(x.balance.total)].map { [Run.text($0)] }
        }
        let t = r.totals
        var blocks: [Block] = [
            paragraph("addressee", r.addressee + "："),
            paragraph("opening", "\(r.period.chineseLabel)，中央补助资金支出\(wan(t.spentInPeriod.central))万元、地方资金支出\(wan(t.spentInPeriod.local))万元；"
                + "截至\(r.period.end.chinese)累计支出\(wan(t.spentToDate.total))万元，结余\(wan(t.balance.total))万元。各项目使用情况如下。"),
            .table(Table(id: "lines", caption: "\(r.period.chineseLabel)经费使用情况（单位：万元）",
                         header: ["项目", "支出范围", "中央预算", "地方预算", "本期中央支出", "本期地方支出", "累计支出", "结余"],
                         rows: (r.rows + [t]).map(row))),
        ]
        if !r.outsidePlan.isEmpty {
            let items = r.outsidePlan.map { "\($0.date.chinese)“\($0.description)”\(Money.yuan($0.amount))" }.joined(separator: "、")
            blocks.append(paragraph("outside", "以下支出不属于经费使用方案中的项目，须说明情况并整改：\(items)。"))
        }
        if !r.copiesTo.isEmpty { blocks.append(paragraph("copies", "抄送：" + r.copiesTo.joined(separator: "、") + "。")) }
        return SummaryDocument(title: r.title, blocks: blocks, signature: signature,
                               date: DocDate(year: date.year, month: date.month, day: date.day))
    }

    private static func paragraph(_ id: String, _ text: String) -> Block { .paragraph(Paragraph(id: id, runs: [.text(text)])) }
}
