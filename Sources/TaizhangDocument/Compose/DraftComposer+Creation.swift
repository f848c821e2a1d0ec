extension DraftComposer {
    /// "（一）示范区创建工作扎实推进": the lead, then "1.强化组织领导" … one level-3 item per
    /// kind of process record, each paragraph phrased (and traced) by the layer that read them.
    func creationSection(_ creation: CreationSection, template: SummaryTemplate, _ words: Words) -> [Block] {
        guard !creation.topics.isEmpty || !creation.lead.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(id: "creation", level: 2, text: words.fill(template.creationHeading)))]
        if !creation.lead.isEmpty {
            var lead = RunBuilder()
            lead.append(contentsOf: creation.lead)
            blocks.append(lead.paragraph("creation-lead"))
        }
        for (i, topic) in creation.topics.enumerated() where !topic.body.isEmpty {
            blocks.append(.heading(Heading(id: "creation-\(i + 1)", level: 3, text: topic.title)))
            var body = RunBuilder()
            body.append(contentsOf: topic.body)
            blocks.append(body.paragraph("creation-\(i + 1)-body"))
        }
        return blocks
    }
}
