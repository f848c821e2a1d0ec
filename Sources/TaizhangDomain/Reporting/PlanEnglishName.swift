/// The shipped reporting plans' English names. A plan is data with a Chinese name; the English
/// interface and English messages (a locked period's error, for one) name the shipped plans in
/// English, and a plan an office added keeps the name it was given (issue #16 P11: plan names
/// stayed Chinese in English).
public enum PlanEnglishName {
    public static func of(_ chinese: String) -> String { names[chinese] ?? chinese }

    static let names: [String: String] = [
        "工作动态（月报）": "Monthly work update", "半年工作总结": "Half-year work summary",
        "示范区工作动态": "Demonstration zone: work update", "示范区深度进展": "Demonstration zone: in-depth progress",
        "示范区制度设计研究进展": "Demonstration zone: institutional research", "示范区阶段性成果": "Demonstration zone: results so far",
        "示范项目工作动态": "Demonstration project: work update", "示范项目深度进展": "Demonstration project: in-depth progress",
        "示范项目制度设计研究进展": "Demonstration project: institutional research",
        "示范项目阶段性成果": "Demonstration project: results so far",
    ]
}
