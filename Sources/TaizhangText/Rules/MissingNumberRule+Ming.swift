/// 名 at a clause's end (thirtieth pass, missing24): the measure of persons left without its count
/// — "上半年共发展党员名。", "我支部共有党员名,其中正式党员名,预备党员名。" (a count of people is
/// written N名; a person noun then 名 closing the clause has lost the N).
///
/// 名 also closes many words — a name (姓名, 书名, 域名, 中文名), an act on names (报名, 签名, 命名,
/// 排名, 点名), fame (著名, 闻名, 有名, 成名) — and those words are read whole, never as a count. The
/// census of the thirtieth pass (all 1,124 fixture texts outside the test split): every clause-final
/// 名 after a plain letter was one of these words or a deleted count (员名, four times).
extension MissingNumberRule {
    static let wordsEndingInMing = Lexicon([
        "姓名", "签名", "报名", "排名", "命名", "提名", "署名", "点名", "匿名", "实名", "题名", "联名", "知名", "著名",
        "有名", "闻名", "出名", "更名", "改名", "冠名", "化名", "笔名", "别名", "地名", "书名", "人名", "罪名", "功名",
        "盛名", "英名", "莫名", "声名", "大名", "小名", "真名", "全名", "芳名", "美名", "虚名", "扬名", "成名", "齐名",
        "除名", "留名", "记名", "具名", "列名", "挂名", "假名", "域名", "网名", "品名", "校名", "店名", "刊名", "单名",
        "同名", "重名", "正名", "首名", "末名", "头名", "其名", "无名", "佚名", "慕名", "驰名", "威名", "恶名", "污名",
        "骂名", "指名", "定名", "取名", "起名", "得名", "为名", "之名", "作者名", "中文名", "英文名", "文件名", "用户名",
        "户名", "译名", "学名", "俗名", "乳名", "艺名", "法名", "原名", "本名", "曾用名", "变名", "署名", "片名", "曲名",
        "剧名", "歌名", "药名", "菜名", "队名", "站名", "路名", "街名", "村名", "县名", "市名", "厂名", "会名", "奖名",
        "帖名", "栏目名", "单位名", "机构名", "名称名", "榜上有名", "徒有虚名", "金榜题名", "浪得虚名", "报上名",
    ])

    /// A clause-final 名 that closes one of those words.
    static func closesMingWord(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        line[start] == U.s("名") && wordsEndingInMing.suffix(in: line.norm, endingAt: end) > end - start
    }
}
