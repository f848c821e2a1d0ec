/// Template tables of the demo generator.
enum DemoTemplates {}

/// Work recorded by communities, villages and culture stations themselves. These use
/// only indicators that carry no township target, so a township's progress reads the
/// same whether it is computed from its own ledger or from its whole subtree.
extension DemoTemplates {
    static let community: [DemoTemplate] = [
        DemoTemplate(category: .activity, title: "{site}广场舞队排练展示",
                     narrative: "组织{site}广场舞队开展排练和展示活动{cultural_activities}次。",
                     place: "{site}文化家园", values: [.count("cultural_activities", 1...2)],
                     when: .routine(weight: 3), setting: .urban),
        DemoTemplate(category: .activity, title: "{site}文化礼堂周末文艺活动",
                     narrative: "依托{site}文化礼堂开展周末文艺活动{cultural_activities}次，村民踊跃参与。",
                     place: "{site}文化礼堂", values: [.count("cultural_activities", 1...2)],
                     when: .routine(weight: 3), setting: .rural),
        DemoTemplate(category: .activity, title: "{site}书屋借阅登记",
                     narrative: "{site}书屋本期接待读者{library_visitors}人次，借阅图书{library_loans}册次。",
                     place: "{site}书屋", values: [.count("library_visitors", 20...90), .count("library_loans", 30...160)],
                     when: .routine(weight: 3)),
        DemoTemplate(category: .activity, title: "{site}文化志愿者清理文化墙小广告",
                     narrative: "组织文化志愿者开展文化墙清理维护志愿服务{volunteer_services}次。",
                     place: "{site}", values: [.count("volunteer_services", 1...2)],
                     when: .routine(weight: 2)),
        DemoTemplate(category: .publicity, title: "{site}宣传栏更新",
                     narrative: "更新{site}宣传栏{publicity_boards}期，张贴移风易俗、文明健康生活方式宣传内容。",
                     place: "{site}", values: [.count("publicity_boards", 1...1)],
                     when: .routine(weight: 2)),
        DemoTemplate(category: .meeting, title: "{site}文化工作例会",
                     narrative: "召开{site}文化工作例会，梳理近期活动安排和文化阵地使用情况。",
                     place: "{site}会议室", values: [.count("meetings", 1...1)],
                     when: .routine(weight: 1)),
        DemoTemplate(category: .activity, title: "{site}老年书画班开课",
                     narrative: "{site}老年书画班开课，开展书画交流活动{cultural_activities}次。",
                     place: "{site}文化家园", values: [.count("cultural_activities", 1...1)],
                     when: .routine(weight: 1, months: [3, 9]), setting: .urban),
        DemoTemplate(category: .activity, title: "{site}“我们的村晚”",
                     narrative: "{site}村民自编自演迎新春村晚，开展文艺活动{cultural_activities}次。",
                     place: "{site}文化礼堂", values: [.count("cultural_activities", 1...1)],
                     when: .festival(.springFestival, offsets: -6...(-1)), setting: .rural),
        DemoTemplate(category: .activity, title: "{site}迎新春邻里联欢会",
                     narrative: "{site}举办迎新春邻里联欢，开展写春联、包饺子等活动{cultural_activities}次。",
                     place: "{site}文化家园", values: [.count("cultural_activities", 1...2)],
                     when: .festival(.springFestival, offsets: -10...(-2)), setting: .urban),
    ]

    static let station: [DemoTemplate] = [
        DemoTemplate(category: .activity, title: "{station}{month}月图书借阅统计",
                     narrative: "本月接待到馆读者{library_visitors}人次，借阅图书{library_loans}册次。",
                     place: "{station}图书室", values: [.count("library_visitors", 150...500), .count("library_loans", 260...1100)],
                     when: .monthly(days: 28...28)),
        DemoTemplate(category: .activity, title: "{station}书画摄影作品展",
                     narrative: "举办辖区书画摄影爱好者作品展{exhibitions}场，展出作品{works_created}件。",
                     place: "{station}展厅", values: [.count("exhibitions", 1...1), .count("works_created", 30...80)],
                     when: .routine(weight: 1)),
        DemoTemplate(category: .activity, title: "{station}新书上架",
                     narrative: "新增图书{books_added}册并完成编目上架。",
                     place: "{station}图书室", values: [.count("books_added", 100...400)],
                     when: .routine(weight: 1)),
    ]
}
