extension Period {
    private static let quarterNames = ["第一季度", "第二季度", "第三季度", "第四季度"]
    private static let monthNamesEn = ["January", "February", "March", "April", "May", "June", "July",
                                       "August", "September", "October", "November", "December"]

    /// 2024年6月, 2024年第二季度, 2024年上半年, 2024年.
    public var chineseLabel: String {
        switch kind {
        case .month: return "\(year)年\(index)月"
        case .quarter: return "\(year)年" + Self.quarterNames[index - 1]
        case .halfYear: return "\(year)年" + (index == 1 ? "上半年" : "下半年")
        case .year: return "\(year)年"
        }
    }

    /// June 2024, Q2 2024, H1 2024, 2024.
    public var englishLabel: String {
        switch kind {
        case .month: return "\(Self.monthNamesEn[index - 1]) \(year)"
        case .quarter: return "Q\(index) \(year)"
        case .halfYear: return "H\(index) \(year)"
        case .year: return "\(year)"
        }
    }

    /// The word a summary uses for the period itself: 上半年, 下半年, 一季度, 6月, 今年.
    public var chinesePrefix: String {
        switch kind {
        case .month: return "\(index)月"
        case .quarter: return ["一", "二", "三", "四"][index - 1] + "季度"
        case .halfYear: return index == 1 ? "上半年" : "下半年"
        case .year: return "全年"
        }
    }

    public func label(_ language: Language) -> String {
        language == .zh ? chineseLabel : englishLabel
    }
}

/// UI and message language. Chinese is the default everywhere.
public enum Language: String, Codable, Sendable {
    case zh, en
}
