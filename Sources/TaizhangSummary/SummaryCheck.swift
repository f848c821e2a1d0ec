import TaizhangDocument
import TaizhangText

/// The checker (体检) run on a draft version, as a user would run it on the exported text.
public enum SummaryCheck {
    public static func run(_ document: SummaryDocument) -> DocumentReport {
        Checker.check(text: PlainTextWriter().text(for: document), path: "summary")
    }
}
