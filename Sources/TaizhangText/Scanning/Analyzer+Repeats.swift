/// A wrapped paragraph's repeat is reported once, on its first line (`DuplicateIndex+Blocks`):
/// the sentence rules, which read the same copy sentence by sentence, report a repeated sentence
/// where it starts — inside the block when the copy's first sentence was edited. Such a report is
/// held while its block is open; the block's own repeat replaces it, else it stands when the
/// block ends (nothing is lost where no block repeats).
extension Analyzer {
    func sentenceRepeat(_ finding: Finding) {
        if let first = duplicates.block.first?.number, finding.line > first {
            heldRepeats.append(finding)
        } else {
            sink.finding(finding)
        }
    }

    /// After the block reader saw a line (or the input ended): reports a block's repeat, drops
    /// the sentence reports it covers, and lets stand those of a block that ended without one.
    func settleBlock(_ found: DuplicateIndex.BlockRepeat?) {
        if let found {
            reportBlock(found)
            if !heldRepeats.isEmpty { heldRepeats.removeAll { $0.line >= found.first.number && $0.line <= found.last } }
        }
        guard !heldRepeats.isEmpty else { return }
        // Held inside the block still open (past its first line): they wait. Any other block ended.
        let open = duplicates.block.first?.number ?? .max
        guard heldRepeats.contains(where: { $0.line < open }) else { return }
        for finding in heldRepeats where finding.line < open { sink.finding(finding) }
        heldRepeats.removeAll { $0.line < open }
    }

    /// A wrapped paragraph that repeats an earlier one, on its first line — unless a repeat is
    /// already reported there (a line holds one).
    private func reportBlock(_ block: DuplicateIndex.BlockRepeat) {
        guard !repeatLines.contains(block.first.number) else { return }
        let first = block.first
        record(Hit(kind: .duplicate, severity: .warning, start: first.contentStart, end: first.count, message: "", en: "", excerpt: true,
                   numbered: NumberedMessage(form: block.verbatim ? .identical : .similar, number: block.earlier)), first)
    }
}
