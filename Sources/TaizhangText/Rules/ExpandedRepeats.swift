/// A sentence written again in the same line with more inside it (eighteenth pass, corpus-u):
/// a news page's lead "从…至…,全市共接处警出动341起,全市火灾形势总体平稳。" followed by the
/// full sentence "从…至…,全市共接处警出动341起,其中…;出动警力…,全市火灾形势总体平稳。". The
/// shorter sentence (two clauses and 20 letters at least) is repeated when its clauses are,
/// in order, clauses of the longer one that opens and closes with them — the same words with
/// a breakdown added, not two parallel sentences (those differ in a clause's words). A
/// sentence here ends at 。 ! ? only: ; stays inside, as in the longer copy.
enum ExpandedRepeats {
    static let minimumLetters = 20

    /// Where the longer copy starts, if the line holds such a pair.
    static func inLine(_ line: LineText) -> Int? {
        guard line.contains(scalar: U.ideoStop) else { return nil }
        // Clauses as hashes of their letters (FNV-1a): one word per clause, no copies.
        let basis = FNV1a.basis
        var sentences = [(start: Int, clauses: [UInt64], letters: Int)]()
        var clauses = [UInt64](), clause = basis, clauseLetters = 0, start = -1, letters = 0
        let wanted = CharClass.letters
        for index in line.contentStart..<line.count {
            let cls = line.cls(index), scalar = line[index]
            if !cls.isDisjoint(with: wanted) {
                if start < 0 { start = index }
                clause = FNV1a.adding(scalar, to: clause)
                clauseLetters += 1
                letters += 1
            }
            let end = scalar == U.ideoStop || scalar == 0x21 || scalar == 0x3F
            if cls.contains(.clauseBreak) || end || index == line.count - 1 {
                if clauseLetters > 0 { clauses.append(clause); clause = basis; clauseLetters = 0 }
            }
            if end || index == line.count - 1 {
                if start >= 0 { sentences.append((start, clauses, letters)) }
                clauses = []; start = -1; letters = 0
            }
        }
        guard sentences.count >= 2 else { return nil }
        for (j, longer) in sentences.enumerated() where j > 0 {
            for shorter in sentences[..<j] where shorter.letters >= minimumLetters && shorter.clauses.count >= 2
                && longer.clauses.count > shorter.clauses.count
                && shorter.clauses.first == longer.clauses.first && shorter.clauses.last == longer.clauses.last {
                var k = 0
                for c in longer.clauses where k < shorter.clauses.count && c == shorter.clauses[k] { k += 1 }
                if k == shorter.clauses.count { return longer.start }
            }
        }
        return nil
    }
}
