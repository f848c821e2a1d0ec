/// A wrapped paragraph's repeat is reported on its first line (`DuplicateIndex+Blocks`), unless a
/// repeat is reported there already. The sentence rules' own reports stand as they were: holding
/// those inside an open block until it ends (to report a copy once) moved two real re-wrapped
/// copies of outline-wild to a block that began a line early (session 18), so a copy whose first
/// sentence was edited may still carry a second report on the line of its first unchanged one.
extension Analyzer {
    func settleBlock(_ found: DuplicateIndex.BlockRepeat?) {
        guard let block = found, !repeatLines.contains(block.first.number) else { return }
        let first = block.first
        record(Hit(kind: .duplicate, severity: .warning, start: first.contentStart, end: first.count, message: "", en: "", excerpt: true,
                   numbered: NumberedMessage(form: block.verbatim ? .identical : .similar, number: block.earlier)), first)
    }
}
