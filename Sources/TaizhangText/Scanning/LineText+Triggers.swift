/// Which of the scalars that rules look for first occur in a line, recorded in the pass
/// that folds and classifies it (`analyse`): the rules' scalar prechecks (`contains(scalar:)`,
/// `contains(_:followedBy:)`, `firstIndex(of:in:)`, `nextIndex`) answer from one bit
/// instead of scanning the line, and a rule whose scalars are all absent skips the line.
///
/// Each trigger has a bit of `LineText.triggers`, set when one of its scalars occurs in
/// `norm`. A trigger of one scalar answers "contains" exactly; the group of placeholder
/// marks only answers "absent" (present: the line is scanned as before).
extension LineText {
    /// The trigger (bit of `triggers`) of a scalar of the analysis form; 0 for none.
    /// Listed: the scalars of the rules' prechecks and skips (。 in 14 of them); at most 63
    /// (47 is the form blanks' group).
    @inline(__always) static func trigger(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        // Placeholder marks (PlaceholderRule): x X × * _ and capital Latin letters (AA区).
        case 0x41...0x5A, 0x78, 0xD7, 0x2A, 0x5F: return placeholderGroup
        // Blanks of forms (PlaceholderRule+Forms): ○ 〇 △ □ ■ { < and ? (question-mark runs).
        case 0x25CB, 0x3007, 0x25B3, 0x25A1, 0x25A0, 0x7B, 0x3C, 0x3F: return formGroup
        case 0x3002: return 2    // 。
        case 0x2C: return 3      // ,
        case 0x3001: return 4    // 、
        case 0x28: return 5      // (
        case 0x3014: return 6    // 〔
        case 0x2F: return 7      // /
        case 0x09: return 8      // tab
        case 0x201C: return 9    // “
        case 0x201D: return 10   // ”
        case 0x5360: return 11   // 占
        case 0x6BD4: return 12   // 比
        case 0x500D: return 13   // 倍
        case 0x7FFB: return 14   // 翻
        case 0x756A: return 15   // 番
        case 0x8D85: return 16   // 超
        case 0x6BCF: return 17   // 每
        case 0x5747: return 18   // 均
        case 0x6708: return 19   // 月
        case 0x5927: return 20   // 大
        case 0x5176: return 21   // 其
        case 0x5206: return 22   // 分
        case 0x767E: return 23   // 百
        case 0x5E8F: return 24   // 序
        case 0x9875: return 25   // 页
        case 0x60A8: return 26   // 您
        case 0x5982: return 27   // 如
        case 0x7F51: return 28   // 网
        case 0x9996: return 29   // 首
        case 0x4E3B: return 30   // 主
        case 0x77: return 31     // w
        case 0x7B2C: return 32   // 第
        case 0x51E0: return 33   // 几
        case 0x6570: return 34   // 数
        case 0x5427: return 35   // 吧
        case 0x5462: return 36   // 呢
        case 0x5B: return 37     // [
        case 0x3010: return 38   // 【
        case 0x7387: return 39   // 率 (complements)
        case 0x770B: return 40   // 看 (breakdowns by view)
        case 0x5404: return 41   // 各 (各 totals)
        case 0x3A: return 42     // : (ratios with colons; ： folds to it)
        case 0x2236: return 43   // ∶
        case 0x300A: return 44   // 《 (quoted names)
        case 0x300C: return 45   // 「
        case 0x2018: return 46   // ‘
        // Prechecks that scanned whole lines (cli8): shared units (. 别), named lists (前 》;),
        // shares of men and women (男 女).
        case 0x2E: return 48     // . (． folds to it)
        case 0x522B: return 49   // 别
        case 0x524D: return 50   // 前
        case 0x300B: return 51   // 》
        case 0x7537: return 52   // 男
        case 0x5973: return 53   // 女
        case 0x3B: return 54     // ; (； folds to it)
        // The first child's marker after a heading's title (OutlineTracker+FirstChild, cli15): ①
        // was looked for in every heading line, and has no form a figure takes.
        case 0x2460: return 55   // ①
        // HTML entities left as text (`LineText+Entities`): numeric ones (&#37;) hold no letter.
        case 0x26: return 56     // &
        // Glued sub-headings in angle brackets (cli10): 〈 was looked for in every line with a numeral.
        case 0x3008: return 62   // 〈
        // Bars (| ｜ │, session 13): the boilerplate chain looked for them in every line
        // (page frames, tables of bars, footers, tag rows); most lines hold none.
        case 0x7C, 0xFF5C, 0x2502: return barGroup
        // Whole-line prechecks of the rate and sum readers (cli18): 持平 (`Ratios.levels`), 类
        // (`Ratios.classShares`), 部分 (`NamedLists.partCounts`), 分之 (`Ratios.fractions`) and the
        // balances' 结 格 解 (`Arithmetic.balances`) were scanned for in every line with figures.
        case 0x6301: return 57   // 持
        case 0x7C7B: return 58   // 类
        case 0x7ED3, 0x683C, 0x89E3: return balanceGroup   // 结 格 解
        case 0x90E8: return 60   // 部
        case 0x4E4B: return 63   // 之
        default: return 0
        }
    }

    /// The trigger shared by the placeholder marks (an answer of "absent" only).
    static let placeholderGroup: UInt32 = 1
    /// The trigger shared by the form blanks' symbols (an answer of "absent" only).
    static let formGroup: UInt32 = 47
    /// The trigger shared by the bars | ｜ │ (an answer of "absent" only).
    static let barGroup: UInt32 = 61
    /// The trigger shared by 结 格 解 (`Arithmetic.balances`; an answer of "absent" only).
    static let balanceGroup: UInt32 = 59

    /// `triggers` computed from `norm` alone (after figures were compacted, and in tests).
    static func triggers(of norm: [UInt32]) -> UInt64 {
        var bits: UInt64 = 0
        for scalar in norm { bits |= 1 &<< UInt64(trigger(scalar)) }
        return bits
    }

    /// False when `scalar` certainly does not occur in the line; true when it may (it does,
    /// for a scalar with a trigger of its own).
    @inline(__always) func mayContain(_ scalar: UInt32) -> Bool {
        let index = LineText.trigger(scalar)
        return index == 0 || triggers & (1 &<< UInt64(index)) != 0
    }

    /// The answer of `contains(scalar:)` from the triggers alone, or nil when a scan is needed.
    @inline(__always) func knownContains(_ scalar: UInt32) -> Bool? {
        let index = LineText.trigger(scalar)
        if index == 0 { return nil }
        let present = triggers & (1 &<< UInt64(index)) != 0
        return !present ? false
            : index == LineText.placeholderGroup || index == LineText.formGroup || index == LineText.barGroup
                || index == LineText.balanceGroup ? nil : true
    }

    /// False when no placeholder mark occurs in the line (`PlaceholderRule` finds nothing).
    var mayHavePlaceholderMarks: Bool { triggers & (1 &<< UInt64(LineText.placeholderGroup)) != 0 }

    /// False when none of ○ 〇 △ □ ■ { < ? occurs in the line.
    var mayHaveFormMarks: Bool { triggers & (1 &<< UInt64(LineText.formGroup)) != 0 }

    /// False when none of the bars | ｜ │ occurs in the line (`BoilerplateRule.isBar`).
    var mayHaveBars: Bool { triggers & (1 &<< UInt64(LineText.barGroup)) != 0 }
}
