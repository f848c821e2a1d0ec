extension WebChrome {
    /// 您的当前位置:, 你现在所在的位置:, 当前位置: — a breadcrumb's head read by its grammar rather
    /// than listed: an optional pronoun (您/你, with 的), an optional word of place in time
    /// (当前, 现在, 所在, 目前, with 的), then 位置 and a colon (nineteenth pass, corpus y: 您的当前
    /// 位置:首页正文, items glued with no separator). A body sentence about a position has no
    /// colon right after 位置 (我们所在的位置决定了…).
    static func positionHead(_ line: LineText, _ start: Int) -> Bool {
        var index = start
        if line[index] == U.s("您") || line[index] == U.s("你") {
            index += 1
            if line[index] == U.s("的") { index += 1 }
        }
        for _ in 0..<2 {
            guard placeWords.contains(where: { line[index] == $0.0 && line[index + 1] == $0.1 }) else { break }
            index += 2
            if line[index] == U.s("的") { index += 1 }
        }
        guard line[index] == U.s("位"), line[index + 1] == U.s("置") else { return false }
        index += 2
        while line.cls(index).contains(.space) { index += 1 }
        return line[index] == U.colon
    }
    private static let placeWords: [(UInt32, UInt32)] = [
        (U.s("当"), U.s("前")), (U.s("现"), U.s("在")), (U.s("所"), U.s("在")), (U.s("目"), U.s("前")),
    ]
}
