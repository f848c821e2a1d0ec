import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.6 通报 as a document: title, opening, the rules in one paragraph, the ranked
/// table, each unit's breakdown, signed by the supervising unit. Written by the same
/// writers as summaries (.docx per GB/T 9704, Markdown, HTML).
enum CircularDocument {
    static func make(_ table: Circular.Table, signature: String, date: CivilDate) -> SummaryDocument {
        let label = Period(code: table.window)?.chineseLabel ?? table.scores.first?.window.chineseLabel ?? table.window
        let kinds = Set(table.scores.map(\.kind))
        let kind = kinds.count == 1 ? kinds.first!.chinese : kinds.isEmpty ? (Period(code: table.window) == nil ? "示范项目" : "示范区") : "示范区（项目）"
        let publicity = table.rules.publicity
        let tiers = publicity.tiers.map { "\($0.zh)\($0.points)分" }.joined(separator: "；")
        var blocks: [Block] = [
            paragraph("opening", "根据《\(table.rules.name.zh)》关于信息宣传工作评分的规定，现将\(label)各\(kind)信息宣传工作评分情况通报如下。"),
            paragraph("rules", "\(publicity.base.text.zh)的，得基础分\(publicity.base.points)分，否则不得基础分；信息被媒体采用的，每采用一次按媒体级别加分：\(tiers)。"),
            .table(Table(id: "ranking", caption: "\(label)\(kind)信息宣传工作评分排名", header: Circular.headers(rules: publicity),
                         rows: table.rows.map { r in
                             ([String(r.rank), r.unitName, String(r.base)] + r.tierCounts.map(String.init) + [String(r.adoptionPoints), String(r.total)])
                                 .map { [Run.text($0)] }
                         })),
            .heading(Heading(id: "details", level: 1, text: "得分明细")),
        ]
        for (row, score) in zip(table.rows, table.scores) {
            blocks.append(paragraph("detail-\(row.unitID)", "\(row.unitName)：" + breakdown(score)))
        }
        if table.rows.isEmpty { blocks.append(paragraph("details-none", "本期尚无评分结果。")) }
        blocks.append(paragraph("closing", "请各\(kind)对照评分规则查找不足，按时报送定期信息，进一步做好创建工作信息宣传。"))
        return SummaryDocument(title: "关于\(label)\(kind)信息宣传工作情况的通报", blocks: blocks, signature: signature,
                               date: DocDate(year: date.year, month: date.month, day: date.day))
    }

    /// "基础分50分；采用加分70分：人民日报（40分，2024年3月5日）、浙江日报（30分，…）；合计120分。"
    static func breakdown(_ s: PublicityScore) -> String {
        let base = s.baseReasons.isEmpty ? "基础分\(s.base)分" : "基础分0分（" + s.baseReasons.map(\.zh).joined(separator: "；") + "）"
        let lines = s.lines.map { "\($0.outlet)（\($0.points)分，\($0.date.chinese)）" }.joined(separator: "、")
        let adoptions = s.lines.isEmpty ? "无媒体采用" : "采用加分\(s.adoptionPoints)分：\(lines)"
        return "\(base)；\(adoptions)；合计\(s.total)分" + (s.provisional ? "（评分期内尚有信息未到报送期限，得分为暂定）" : "") + "。"
    }

    private static func paragraph(_ id: String, _ text: String) -> Block { .paragraph(Paragraph(id: id, runs: [.text(text)])) }
}
