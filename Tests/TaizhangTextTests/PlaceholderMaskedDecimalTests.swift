import Testing
@testable import TaizhangText

/// A blank mark touching a figure's decimal point is a digit left unfilled (mnprobe); one
/// mark between two digits stays a multiplication, or a factor with its own decimal (2x3.5米).
/// Synthetic sentences, verdicts by hand.
@Suite struct PlaceholderMaskedDecimalTests {
    @Test(arguments: ["同比增长1X.6%,高于全省。", "增长3＊.＊7%,增收2万元。", "占0.×4%。", "机耕路改造1×.×7公里。", "下降1.*2%;"])
    func aMarkAtTheDecimalPointIsAPlaceholder(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(findings.contains { $0.kind == .placeholder }, "\(text)")
    }

    @Test(arguments: ["参加4x100米接力。", "展板规格3×4米,共12块。", "规格为2x3.5米。", "面积1.5×2米的展板。", "按0.5*3计算。"])
    func aProductOrAVersionIsNoPlaceholder(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(!findings.contains { $0.kind == .placeholder }, "\(text)")
    }
}
