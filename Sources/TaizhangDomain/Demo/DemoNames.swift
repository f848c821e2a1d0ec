/// A street (街道) or town (乡镇) of the demo district, with its communities or villages.
struct DemoTownship: Sendable {
    /// ASCII prefix for its users' logins, e.g. `chengguan`.
    var slug: String
    var name: String
    var kind: UnitKind
    var flags: Set<UnitFlag> = []
    /// Its main public square or venue.
    var square: String
    /// Communities (街道) or villages (乡镇), each with the slug of its staff login if any.
    var children: [String]
    /// Activity level relative to an average township.
    var scale: Double
    /// Share of reports submitted on time.
    var diligence: Double

    var isRural: Bool { kind == .town }
    var stationName: String { kind == .town ? name + "文化站" : name + "综合文化站" }
}

/// Static names of the demo district (fictional, realistic).
enum DemoNames {
    static let districtName = "临江区"
    static let bureauName = "临江区文化和旅游局"
    /// GB/T 2260-style code (Zhejiang 33, Hangzhou 01, district 15 — not a real district).
    static let bureauCode = "330115"

    static let townships: [DemoTownship] = [
        DemoTownship(slug: "chengguan", name: "城关街道", kind: .street, flags: [.demoZone], square: "人民广场",
                     children: ["新华社区", "人民路社区", "府前社区", "南门社区", "北门社区", "解放社区", "文庙社区", "鼓楼社区"],
                     scale: 1.3, diligence: 0.95),
        DemoTownship(slug: "donghu", name: "东湖街道", kind: .street, square: "东湖公园文化广场",
                     children: ["湖滨社区", "东湖社区", "望湖社区", "柳岸社区", "金沙社区", "月湖社区", "荷花社区"],
                     scale: 1.1, diligence: 0.9),
        DemoTownship(slug: "xishan", name: "西山街道", kind: .street, square: "西山体育公园",
                     children: ["西山社区", "翠屏社区", "松林社区", "枫林社区", "青山社区", "云栖社区"],
                     scale: 0.9, diligence: 0.85),
        DemoTownship(slug: "shamen", name: "沙门镇", kind: .town, flags: [.demoProject], square: "沙门镇文化广场",
                     children: ["路上村", "沙门村", "五门村", "渔港村", "东岙村", "南塘村", "后岸村"],
                     scale: 1.0, diligence: 0.9),
        DemoTownship(slug: "qiaotou", name: "桥头镇", kind: .town, square: "桥头镇中心广场",
                     children: ["桥头村", "上林村", "下林村", "溪口村", "石桥村", "黄泥岭村"],
                     scale: 0.85, diligence: 0.88),
        DemoTownship(slug: "baishi", name: "白石镇", kind: .town, square: "白石镇文体中心",
                     children: ["白石村", "龙潭村", "石门村", "竹园村", "岭下村", "大坑村"],
                     scale: 0.8, diligence: 0.72),
    ]

    /// Index into `townships` of the unit that falls clearly behind its targets this year.
    static let laggard = 5

    /// Community/village staff logins: (township index, child index, slug, display name).
    static let communityStaff: [(township: Int, child: Int, slug: String, name: String)] = [
        (0, 0, "xinhua", "孙晓燕"),
        (3, 0, "lushang", "林海波"),
    ]

    /// Display names for staff, liaison and leader of each township, in that order.
    static let townshipPeople: [[String]] = [
        ["王丽萍", "陈晓东", "张建国"],
        ["李静", "赵文涛", "刘国强"],
        ["吴佳怡", "郑凯", "黄志明"],
        ["林秀英", "何俊杰", "徐卫东"],
        ["朱莉", "胡斌", "高建华"],
        ["马丽娟", "罗志刚", "梁永福"],
    ]
}
