/// A node in the unit hierarchy (单位): national office → province → … → community;
/// or a bureau → its sections.
public struct Unit: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var parentID: Int?
    public var kind: UnitKind
    public var name: String
    /// Administrative-division code per GB/T 2260 (6 digits), optional.
    public var code: String?
    public var flags: Set<UnitFlag>
    /// The day the unit came into existence (成立日期); nil: it always existed. No report is
    /// expected of it for a period that began before this day.
    public var establishedOn: CivilDate?
    /// For a demonstration zone or project: the first day of its creation (创建), when the
    /// plans it follows as a zone/project begin to bind it.
    public var creationStartsOn: CivilDate?

    public init(id: Int, parentID: Int?, kind: UnitKind, name: String, code: String? = nil, flags: Set<UnitFlag> = [],
                establishedOn: CivilDate? = nil, creationStartsOn: CivilDate? = nil) {
        self.id = id; self.parentID = parentID; self.kind = kind
        self.name = name; self.code = code; self.flags = flags
        self.establishedOn = establishedOn; self.creationStartsOn = creationStartsOn
    }

    /// GB/T 2260 codes are six digits; the first two name a province (11–82).
    public static func isValidDivisionCode(_ code: String) -> Bool {
        guard code.count == 6, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber),
              let province = Int(code.prefix(2)) else { return false }
        return (11...82).contains(province)
    }
}

/// Demonstration-zone / demonstration-project flags (示范区 / 示范项目), SPEC §4.
public enum UnitFlag: String, Codable, Hashable, Sendable, CaseIterable {
    case demoZone = "demo_zone"
    case demoProject = "demo_project"
}

public enum UnitKind: String, Codable, Hashable, Sendable, CaseIterable {
    case nationalOffice = "national_office"
    case province, city, county, bureau, section, street, town, community, village
    case cultureStation = "culture_station"
    case hospital, department, other
    /// 政务服务中心 (SPEC §7: its departments' windows are its `department` units).
    case serviceCenter = "service_center"

    public var chinese: String {
        switch self {
        case .nationalOffice: "国家办公室"
        case .province: "省"
        case .city: "市"
        case .county: "县(区)"
        case .bureau: "局"
        case .section: "科室"
        case .street: "街道"
        case .town: "乡镇"
        case .community: "社区"
        case .village: "村"
        case .cultureStation: "文化站"
        case .hospital: "医院"
        case .department: "科室(部门)"
        case .other: "其他"
        case .serviceCenter: "政务服务中心"
        }
    }
}
