/// Turns a `DraftInput` into a `SummaryDocument`:
/// opening → one level-1 section per work area → (roll-up rankings) →
/// 存在的问题 → 下半年工作打算, then signature and date.
public struct DraftComposer: Sendable {
    /// How many entries to name per area.
    public var maxNotablesPerArea: Int

    public init(maxNotablesPerArea: Int = 3) {
        self.maxNotablesPerArea = maxNotablesPerArea
    }

    public func compose(_ input: DraftInput) -> SummaryDocument {
        var blocks: [Block] = [opening(input)]
        for (index, area) in input.areas.enumerated() {
            blocks += areaSection(area, number: index + 1, period: input.period)
        }
        blocks += rankingSection(input)
        blocks += problemsSection(input)
        blocks += plansSection(input)
        return SummaryDocument(
            title: "\(input.unitName)\(input.period.label)工作总结",
            blocks: blocks,
            signature: input.signatureName,
            date: input.writtenOn)
    }

    /// "A、B、C".
    static func enumeration(_ names: [String]) -> String { names.joined(separator: "、") }
}
