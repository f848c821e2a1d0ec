import TaizhangDomain

/// The demo service centre (fictional, realistic): 临江区政务服务中心 with three
/// departments' windows, their staff and items. Department ids here are demo ids 1…3;
/// the server maps them to the units it creates.
public enum ServiceDemoCatalog {
    public struct Department: Sendable, Hashable {
        public var id: Int
        public var name: String
        public var slug: String
        public var windows: [Window]
    }

    public struct Window: Sendable, Hashable {
        public var id: Int
        public var number: String
        public var name: String
        /// Staff names; staff ids are window id × 10 + position.
        public var staff: [String]
    }

    public static let centreName = "临江区政务服务中心"

    public static let departments: [Department] = [
        Department(id: 1, name: "区文化和旅游局进驻窗口", slug: "wenlv", windows: [
            Window(id: 1, number: "A01", name: "文化市场审批窗口", staff: ["许文静", "蒋立新", "韩雪"]),
            Window(id: 2, number: "A02", name: "旅游服务窗口", staff: ["曹敏", "彭志远", "袁芳"]),
        ]),
        Department(id: 2, name: "区市场监督管理局进驻窗口", slug: "shichang", windows: [
            Window(id: 3, number: "B01", name: "企业登记窗口", staff: ["邓海燕", "冯涛", "谢婷婷"]),
            Window(id: 4, number: "B02", name: "食品经营许可窗口", staff: ["唐建军", "董丽", "程晓峰"]),
        ]),
        Department(id: 3, name: "区人力资源和社会保障局进驻窗口", slug: "renshe", windows: [
            Window(id: 5, number: "C01", name: "社保服务窗口", staff: ["沈慧", "吕国华", "苏晓明"]),
            Window(id: 6, number: "C02", name: "就业服务窗口", staff: ["卢静怡", "丁伟", "魏红梅"]),
        ]),
    ]

    public static var windows: [Window] { departments.flatMap(\.windows) }

    static func steps(review: Int) -> [ItemStep] {
        [ItemStep(code: "accept", name: "受理", limitDays: 0), ItemStep(code: "review", name: "审查", limitDays: review),
         ItemStep(code: "decide", name: "决定", limitDays: 1), ItemStep(code: "deliver", name: "送达", limitDays: 1)]
    }

    static let immediateSteps = [ItemStep(code: "accept", name: "受理办结", limitDays: 0)]

    /// The items, with the share of the centre's cases each draws (weights).
    public static let items: [(item: ServiceItem, weight: Int)] = [
        // 文化市场: the promise cut from 7 to 3 working days (seed 000's 限时办结).
        (ServiceItem(id: 1, code: "WL-001", name: "娱乐场所经营许可", departmentID: 1, windowID: 1, statutoryDays: 20, promisedDays: 3, steps: steps(review: 1)), 3),
        (ServiceItem(id: 2, code: "WL-002", name: "营业性演出审批", departmentID: 1, windowID: 1, statutoryDays: 20, promisedDays: 3, steps: steps(review: 1)), 4),
        (ServiceItem(id: 3, code: "WL-003", name: "互联网上网服务营业场所经营许可", departmentID: 1, windowID: 1, statutoryDays: 20, promisedDays: 5, steps: steps(review: 3)), 2),
        (ServiceItem(id: 4, code: "WL-004", name: "旅行社分社备案", departmentID: 1, windowID: 2, statutoryDays: 10, promisedDays: 3, steps: steps(review: 1)), 3),
        (ServiceItem(id: 5, code: "SC-001", name: "个体工商户设立登记", departmentID: 2, windowID: 3, statutoryDays: 15, promisedDays: 1, steps: [
            ItemStep(code: "accept", name: "受理", limitDays: 0), ItemStep(code: "decide", name: "核准", limitDays: 1)]), 22),
        (ServiceItem(id: 6, code: "SC-002", name: "企业变更登记", departmentID: 2, windowID: 3, statutoryDays: 15, promisedDays: 2, steps: steps(review: 0)), 14),
        (ServiceItem(id: 7, code: "SC-003", name: "营业执照遗失补领", departmentID: 2, windowID: 3, kind: .immediate, statutoryDays: 0, promisedDays: 0, steps: immediateSteps), 6),
        (ServiceItem(id: 8, code: "SC-004", name: "食品经营许可", departmentID: 2, windowID: 4, statutoryDays: 20, promisedDays: 5, steps: steps(review: 3)), 10),
        (ServiceItem(id: 9, code: "RS-001", name: "社会保障卡补换", departmentID: 3, windowID: 5, kind: .immediate, statutoryDays: 0, promisedDays: 0, steps: immediateSteps), 16),
        (ServiceItem(id: 10, code: "RS-002", name: "职工退休审批", departmentID: 3, windowID: 5, statutoryDays: 20, promisedDays: 7, steps: steps(review: 5)), 5),
        (ServiceItem(id: 11, code: "RS-003", name: "就业失业登记", departmentID: 3, windowID: 6, statutoryDays: 5, promisedDays: 1, steps: [
            ItemStep(code: "accept", name: "受理", limitDays: 0), ItemStep(code: "decide", name: "登记", limitDays: 1)]), 12),
        (ServiceItem(id: 12, code: "RS-004", name: "劳务派遣经营许可", departmentID: 3, windowID: 6, statutoryDays: 20, promisedDays: 10, steps: steps(review: 8)), 3),
    ]

    public static func staffIDs(window: Window) -> [Int] { window.staff.indices.map { window.id * 10 + $0 + 1 } }
}
