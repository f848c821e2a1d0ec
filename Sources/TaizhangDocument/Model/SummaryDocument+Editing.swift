/// Errors of model operations.
public enum SummaryEditError: Error, Equatable, Sendable {
    case noParagraph(id: String)
}

extension Paragraph {
    /// The paragraph after a user changed its text to `newText`.
    ///
    /// Traced numbers whose characters all survive in place stay traced. A
    /// number the user typed over becomes an untraced number holding the new
    /// text (its old trace is kept for the record, `traced` is false); a
    /// number deleted outright becomes nothing. Everything else is text.
    public func editing(to newText: String) -> Paragraph {
        let oldText = runs.plainText
        guard newText != oldText else { return self }
        let alignment = TextAlignment(old: oldText, new: newText)
        let newChars = alignment.new

        var pieces: [(range: Range<Int>, number: TracedNumber)] = []
        var offset = 0
        var claimedUpTo = 0
        for run in runs {
            let span = offset..<(offset + run.text.count)
            offset = span.upperBound
            guard case .number(let number) = run else { continue }
            if let kept = alignment.survivingRange(of: span), kept.lowerBound >= claimedUpTo {
                pieces.append((kept, number))
                claimedUpTo = kept.upperBound
                continue
            }
            let region = alignment.replacementRange(of: span).clamped(to: claimedUpTo..<newChars.count)
            let typed = String(newChars[region])
            guard typed.contains(where: \.isNumber) else { continue }
            var changed = number
            changed.text = typed
            changed.value = QuantityParser.value(in: typed, unit: number.unit) ?? number.value
            changed.traced = false
            pieces.append((region, changed))
            claimedUpTo = region.upperBound
        }

        var result: [Run] = []
        var cursor = 0
        for piece in pieces {
            if piece.range.lowerBound > cursor { result.append(.text(String(newChars[cursor..<piece.range.lowerBound]))) }
            result.append(.number(piece.number))
            cursor = piece.range.upperBound
        }
        if cursor < newChars.count { result.append(.text(String(newChars[cursor...]))) }
        return Paragraph(id: id, runs: result, edited: true)
    }
}

extension SummaryDocument {
    /// Replaces the text of paragraph `id` (see `Paragraph.editing(to:)`).
    public mutating func editParagraph(id: String, text: String) throws {
        guard let index = blocks.firstIndex(where: { $0.id == id }),
              case .paragraph(let paragraph) = blocks[index] else { throw SummaryEditError.noParagraph(id: id) }
        blocks[index] = .paragraph(paragraph.editing(to: text))
    }

    /// A copy with paragraph `id` edited.
    public func editingParagraph(id: String, text: String) throws -> SummaryDocument {
        var copy = self
        try copy.editParagraph(id: id, text: text)
        return copy
    }
}
