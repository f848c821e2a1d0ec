/// The equations of a `BalanceRun` (see `Arithmetic.balances` for the grammar and the precision rules).
extension BalanceRun {
    /// carried + new = closed + pending (flagged when all four are stated) and checked = passed +
    /// failed (a partition: flagged when all three are stated); received = closed + pending and
    /// carried + new = received are agreement only (受理 may count new cases alone).
    func balance(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        let f = figures
        func add(_ left: [QuantityHit], _ right: [QuantityHit], _ names: String, flags: Bool) {
            let all = left + right
            let a = left.reduce(0) { $0 + $1.normalized }, b = right.reduce(0) { $0 + $1.normalized }
            let ok = abs(a - b) <= tolerance(all)
            guard ok || flags && !approximate else { return }
            let start = all.map(\.start).min()!, end = all.map(\.end).max()!
            let statement = "balance \(names): \(left.map { Sentences.format($0.normalized) }.joined(separator: " + ")) = \(Sentences.format(a)) vs \(right.map { Sentences.format($0.normalized) }.joined(separator: " + ")) = \(Sentences.format(b))"
            checks.append(Arithmetic.make(line, "sum", start, end, statement, ok))
        }
        if let carried = f[.carried], let new = f[.new], let closed = f[.closed], let pending = f[.pending] {
            add([carried, new], [closed, pending], "carried + new = closed + pending", flags: true)
        }
        if let received = f[.received], let closed = f[.closed], let pending = f[.pending] {
            add([received], [closed, pending], "received = closed + pending", flags: false)
        }
        if let received = f[.received], let carried = f[.carried], let new = f[.new] {
            add([received], [carried, new], "received = carried + new", flags: false)
        }
        if let received = f[.received], let passed = f[.passed], let failed = f[.failed] {
            // A partition: every checked item passed or failed.
            add([received], [passed, failed], "checked = passed + failed", flags: true)
        }
        return checks
    }

    /// A named rate (结案率, 化解率, 合格率, 不合格率 …) of the run: credited when its figure (closed,
    /// passed or failed; passed may be derived as checked − failed) over any whole the run states or
    /// derives agrees; flagged only when its whole is derivable from the two figures that make it
    /// (carried and new; passed and failed) and no reading agrees.
    func rates(_ line: LineText, _ hits: [QuantityHit]) -> [ArithmeticCheck] {
        guard line.contains(scalar: U.s("率")) else { return [] }
        var checks = [ArithmeticCheck]()
        let f = figures
        for rate in hits where span.contains(rate.start) && rate.isPercentSign && rate.change == nil && rate.number.value >= 0 {
            guard let role = BalanceRun.rateRole(line, rate) else { continue }
            // The numerator: the role's figure, or passed = checked − failed.
            let part: (value: Double, terms: [QuantityHit], name: String)
            if let figure = f[role], figure.start < rate.start {
                part = (figure.normalized, [figure], "\(role)")
            } else if role == .passed, let checked = f[.received], let failed = f[.failed], failed.start < rate.start {
                part = (checked.normalized - failed.normalized, [checked, failed], "checked − failed")
            } else { continue }
            var wholes = [(name: String, value: Double, terms: [QuantityHit])]()
            func whole(_ name: String, _ terms: [QuantityHit?]) {
                let stated = terms.compactMap { $0 }
                guard stated.count == terms.count else { return }
                wholes.append((name, stated.reduce(0) { $0 + $1.normalized }, stated))
            }
            let derivable: Bool
            switch role {
            case .closed:
                whole("carried + new", [f[.carried], f[.new]])
                whole("received", [f[.received]])
                whole("new", [f[.new]])
                whole("closed + pending", [f[.closed], f[.pending]])
                derivable = f[.carried] != nil && f[.new] != nil
            default:
                whole("passed + failed", [f[.passed], f[.failed]])
                whole("checked", [f[.received]])
                // Every checked item passed or failed: failed with passed or with the checked total fixes it.
                derivable = f[.failed] != nil && (f[.passed] != nil || f[.received] != nil)
            }
            guard !wholes.isEmpty else { continue }
            let agreeing = wholes.first { whole in
                whole.value > 0 && agrees(part.value, part.terms, whole.value, whole.terms, rate)
            }
            guard agreeing != nil || derivable && !approximate && !rate.isApproximate else { continue }
            let read = agreeing ?? wholes[0]
            let computed = part.value / read.value * 100
            let statement = "ratio \(Sentences.format(part.value)) (\(part.name)) / \(Sentences.format(read.value)) (\(read.name)) = \(String(format: "%.2f", computed))% vs stated \(Sentences.format(rate.number.value))%"
            let start = (part.terms + read.terms).map(\.start).min() ?? rate.start
            checks.append(Ratios.make(line, "ratio", start, rate.end, statement, agreeing != nil))
        }
        return checks
    }

    /// Within the stated rate's rounding (or cut), widened by the rounding of the figures read.
    private func agrees(_ part: Double, _ partTerms: [QuantityHit], _ whole: Double, _ terms: [QuantityHit], _ rate: QuantityHit) -> Bool {
        if Ratios.matches(part / whole * 100, rate.number.value, decimals: rate.number.decimals) { return true }
        let partHalf = partTerms.reduce(0) { $0 + half($1) }, wholeHalf = terms.reduce(0) { $0 + half($1) }
        guard partHalf > 0 || wholeHalf > 0, whole - wholeHalf > 0 else { return false }
        let low = (part - partHalf) / (whole + wholeHalf) * 100, high = (part + partHalf) / (whole - wholeHalf) * 100
        let slack = 0.5 * Sentences.pow10(-rate.number.decimals)
        return low - slack <= rate.number.value && rate.number.value <= high + slack
    }

    private func half(_ hit: QuantityHit) -> Double {
        hit.number.decimals > 0 || hit.number.magnitude > 1 ? 0.5 * Sentences.pow10(-hit.number.decimals) * hit.number.magnitude : 0
    }

    private func tolerance(_ terms: [QuantityHit]) -> Double { terms.reduce(1e-9) { $0 + half($1) } }

    /// The role a rate's name reads: its clause holds, before the rate and any 为/达/是, a closed,
    /// passed or failed word + 率, after nothing but general modifiers (综合, 总体, 监督) and checking
    /// words (抽检, 检测): 综合结案率, 监督抽检不合格率; 按期办结率 names another numerator.
    static func rateRole(_ line: LineText, _ rate: QuantityHit) -> BalanceRole? {
        let clause = Sentences.clauseStart(line, before: rate.start)
        var end = rate.start
        while end > clause, case let verb = BalanceRole.rateVerbs.suffix(in: line.norm, endingAt: end), verb > 0 { end -= verb }
        while end > clause, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end - 1 > clause, line[end - 1] == U.s("率") else { return nil }
        let length = BalanceRole.all.suffix(in: line.norm, endingAt: end - 1)
        guard length > 0 else { return nil }
        let wordStart = end - 1 - length
        guard let role = BalanceRole.last(in: line, wordStart..<(end - 1)), [.closed, .passed, .failed].contains(role) else { return nil }
        // What stands before the word: modifiers and checking words only.
        var index = clause
        while index < wordStart {
            let modifier = BalanceRole.rateModifiers.prefix(in: line.norm, at: index)
            let word = BalanceRole.all.prefix(in: line.norm, at: index)
            if modifier > 0, index + modifier <= wordStart { index += modifier; continue }
            if word > 0, index + word <= wordStart, BalanceRole.last(in: line, index..<(index + word)) == .received { index += word; continue }
            return nil
        }
        return role
    }
}
