/// A paragraph pasted again with a whole clause (or a run of clauses) dropped or added inside it:
/// 为持续巩固创建成果,对工作领导小组及各工作组进行了调整,明确职责,形成多部门联动… pasted again as
/// 为持续巩固创建成果,明确职责,形成多部门联动… (a03; MetamorphicEditTests "clause dropped"). The
/// copy is too short for the paragraph sketch once the clause is gone (80 letters: 44 of dev's 51
/// copies missed were under it) and its sentence differs from the original in more than the few
/// letters the near-sentence reader allows, so nothing read it. What a writer's cut or insertion
/// leaves is the grammar of clauses: the shorter paragraph is the longer one's opening clauses
/// followed by its closing clauses, cut at the same clause breaks in both (, ; 。 、 : …), the
/// letters on both sides identical. Parallel statements of one formula differ inside a clause
/// (开展消防安全培训 / 开展食品安全培训), not by whole clauses with every other letter kept; a
/// shorter paragraph that is only the longer one's opening or only its closing is a preview or a
/// summary line, not an edit inside it, so both sides must hold a clause. Unlike the few letters
/// inserted (`inserted`, within `window` lines of one section), a whole clause edited keeps
/// `bodyLetters` letters or more in common, so a copy anywhere in the document is read — the
/// summary's closing part restating a section.
extension EditedRepeats {
    /// The shorter of two paragraphs (letters and the letter counts where their clauses break) is
    /// the longer one with whole clauses removed from inside it, both sides kept verbatim.
    /// `prefix`: the letters the two share from the start.
    static func clauseEdited(_ x: [UInt32], _ xStarts: [Int], _ y: [UInt32], _ yStarts: [Int], prefix: Int) -> Bool {
        guard x.count != y.count else { return false }
        let (long, longStarts, short, shortStarts) = x.count > y.count ? (x, xStarts, y, yStarts) : (y, yStarts, x, xStarts)
        guard short.count >= bodyLetters else { return false }
        // The cut: a clause break of the shorter within the shared opening, a break of the longer
        // too (the latest first; an earlier one when the removed clause opens like the next).
        for cut in shortStarts.reversed() where cut >= 1 && cut <= prefix && cut < short.count && longStarts.contains(cut) {
            // The rest of the shorter closes the longer, from one of the longer's clause breaks on.
            let tail = short.count - cut, resume = long.count - tail
            guard resume > cut, longStarts.contains(resume) else { continue }
            var at = 0
            while at < tail, long[resume + at] == short[cut + at] { at += 1 }
            if at == tail { return true }
        }
        return false
    }
}
