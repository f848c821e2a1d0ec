/// Turns a `DraftInput` into a `SummaryDocument` in the structure officials use
/// (SPEC §5, `SummaryTemplate`):
///
///     opening … 现将有关情况总结如下。
///     一、上半年工作开展情况
///       （一）示范区创建工作扎实推进   — zones and projects; 1. per kind of record
///       （二）群众文化活动丰富多彩     — one per work area; 1. per highlight
///       （N）各街道（镇）工作开展情况  — roll-ups: leaders, laggards, tables
///     二、存在的问题
///     三、下半年工作打算
///     signature, date
///
/// Deterministic: the same input always gives the same document (sentence patterns vary
/// by a stable hash of unit, period and section, never by chance).
public struct DraftComposer: Sendable {
    /// How many entries to name per area at most (the template may ask for fewer).
    public var maxNotablesPerArea: Int

    public init(maxNotablesPerArea: Int = 3) {
        self.maxNotablesPerArea = maxNotablesPerArea
    }

    public func compose(_ input: DraftInput) -> SummaryDocument {
        let words = Words(input)
        var blocks: [Block] = [opening(input, words)]
        blocks.append(.heading(Heading(id: "work", level: 1, text: words.fill(input.template.workHeading))))
        if !input.hasWork { blocks += noRecordsSection(input, words) }
        if let creation = input.creation { blocks += creationSection(creation, template: input.template, words) }
        for (index, area) in input.areas.enumerated() {
            blocks += areaSection(area, number: index + 1, input: input, words: words)
        }
        blocks += rankingSection(input, words)
        blocks += problemsSection(input, words)
        blocks += plansSection(input, words)
        return SummaryDocument(
            title: words.fill(input.rollUp == nil ? input.template.title : input.template.rollUpTitle),
            blocks: blocks,
            signature: input.signatureName,
            date: input.writtenOn)
    }

    /// "A、B、C".
    static func enumeration(_ names: [String]) -> String { names.joined(separator: "、") }

    /// A unit without ledger entries: say so, and nothing more.
    func noRecordsSection(_ input: DraftInput, _ words: Words) -> [Block] {
        var b = RunBuilder()
        b.text("本期\(input.unitName)工作台账中暂无已登记的工作记录，各项工作开展情况待补充录入台账后再行总结。")
        return [.heading(Heading(id: "no-records", level: 2, text: words.fill(input.template.noRecordsHeading))),
                b.paragraph("no-records-body")]
    }
}

/// The placeholder values of one draft, and its stable sentence-pattern chooser.
struct Words {
    let values: [String: String]
    let seed: String
    let prefix: String

    init(_ input: DraftInput) {
        prefix = input.period.prefix
        var v = ["unit": input.unitName, "period": input.period.label, "prefix": input.period.prefix,
                 "next": input.period.followingName, "kind": input.creation?.kind ?? "示范区"]
        v["children"] = input.rollUp?.childWord ?? "单位"
        values = v
        seed = input.unitName + "|" + input.period.label
    }

    func fill(_ text: String) -> String { SummaryTemplate.fill(text, values) }

    /// One of `count` patterns for `salt`, the same on every run (FNV-1a, not Swift's
    /// per-process randomized hash).
    func pick(_ count: Int, _ salt: String) -> Int {
        guard count > 1 else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (seed + "|" + salt).utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01b3
        }
        return Int(h % UInt64(count))
    }
}
