import Foundation
import TaizhangDocument
import TaizhangDomain
@testable import TaizhangWeb

extension Fixtures {
    static func num(_ text: String, _ value: Double, _ unit: String, _ ids: [String], traced: Bool = true) -> Run {
        .number(TracedNumber(text: text, value: value, unit: unit, trace: ids.map(SourceRef.entry), traced: traced))
    }

    /// A short summary built by hand (not by the composer) so composer changes do not move these snapshots.
    static var document: SummaryDocument {
        SummaryDocument(title: "城关街道办事处2024年上半年工作总结", blocks: [
            .paragraph(Paragraph(id: "p-open", runs: [.text("上半年，街道围绕公共文化服务体系建设，共开展文艺演出"),
                                                      num("71场", 71, "场", ["101", "105"]), .text("。")])),
            .heading(Heading(id: "h-1", level: 1, text: "主要工作")),
            .heading(Heading(id: "h-1-1", level: 2, text: "群众文化活动")),
            .paragraph(Paragraph(id: "p-1", runs: [.text("受众达"), num("14余万人次", 140_523, "人次", ["101", "102"]),
                                                   .text("，放映公益电影"), num("30场", 28, "场", ["103"], traced: false), .text("。")],
                                 edited: true)),
            .table(Table(id: "t-1", caption: "各社区文艺演出", header: ["社区", "场次"],
                         rows: [[[.text("东关社区")], [num("18", 18, "场", ["u40"])]], [[.text("西街社区")], [num("15", 15, "场", ["u41"])]]])),
            .heading(Heading(id: "h-2", level: 1, text: "存在的问题")),
            .paragraph(Paragraph(id: "p-2", runs: [.text("文化站图书室开放时间公示不规范。<整改中>")])),
        ], signature: "城关街道办事处", date: DocDate(year: 2024, month: 7, day: 5))
    }

    static let versions: [SummaryPage.Version] = [
        .init(number: 1, at: Stamp(CivilDate(2024, 7, 1), 9, 0), author: "系统", note: "自动生成"),
        .init(number: 2, at: Stamp(CivilDate(2024, 7, 2), 15, 12), author: "张晓燕"),
    ]

    static func summaries(_ lang: Language) -> String {
        SummariesPage.render(.init(rows: [.init(id: 3, title: "城关街道办事处2024年上半年工作总结", unitName: "城关街道办事处",
                                                period: .half(2024, 1), version: 2, updatedAt: versions[1].at, updatedBy: "张晓燕", findings: 1)],
                                   units: context().units, periods: [.half(2024, 1), .year(2023)], canRollUp: true),
                             context(lang, path: "/summaries"))
    }

    static func summary(_ lang: Language, mode: SummaryPage.Mode = .edit) -> String {
        SummaryPage.render(.init(id: 3, document: document, version: 2, latestVersion: 2, versions: versions,
                                 findings: [.init(blockID: "p-2", severity: .warning, kind: .placeholder, text: "<整改中>",
                                                  message: "疑似未替换的标注。")],
                                 mode: mode, form: FormState(values: ["block.p-1": "受众达15万人次。"], formError: "此总结已被他人修改，请刷新后重试。"),
                                 failedSection: "h-1",
                                 numberSources: mode == .read ? nil : .init(index: 0, text: "71场", sources: [
                                     .init(label: "端午文艺汇演", detail: "2024-06-10，城关街道 · 文艺演出场次2场", url: "/ledger/12/edit"),
                                     .init(label: "（无权查看的单位的数据）"),
                                 ])),
                           context(lang, path: mode == .read ? "/summaries/3?view=read" : "/summaries/3"))
    }

    static func compare(_ lang: Language) -> String {
        var newer = document
        try? newer.editParagraph(id: "p-open", text: "上半年，街道共开展文艺演出71场，群众满意。")
        newer.blocks.removeLast()
        newer.blocks.append(.paragraph(Paragraph(id: "p-3", runs: [.text("新增一段。")])))
        return ComparePage.render(.init(id: 3, title: document.title, from: versions[0], to: versions[1], versions: versions,
                                        diff: SummaryDocument.compare(document, newer)),
                                  context(lang, path: "/summaries/3/compare?a=1&b=2"))
    }
}
