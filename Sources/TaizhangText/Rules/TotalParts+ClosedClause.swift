/// 全年开展ECMO支持治疗42例,较2024年增长68%,其中心源性休克患者存活率从65%提升至78%;成功实施
/// 床旁血液净化治疗127例: the marker's clause ends at the semicolon without a part of the total
/// (it broke down a rate), and what follows the semicolon is the next item of the report, not a
/// part — 127例 was added up against 42例 as "parts exceed the total" (series zi, zi13, session
/// 23's merge). A breakdown's first part stands before the first semicolon after its marker
/// (其中文艺演出30场;电影放映25场 and 其中:城区300万元;农村250万元 keep their parts); a 其中 in
/// the next sentence is read as before (the sentence boundary is not a semicolon).
extension TotalParts {
    static func closedBeforeFirstPart(_ line: LineText, after marker: Int, before position: Int) -> Bool {
        (marker..<position).contains { line[$0] == U.semicolon }
    }
}
