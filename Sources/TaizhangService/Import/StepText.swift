import Foundation
import TaizhangDomain

/// The steps column: `受理@2026-03-02 09:10~2026-03-02 09:30；审查@2026-03-02 09:30~`.
public enum StepText {
    struct Problem: Error { var zh: String; var en: String }

    static func parse(_ text: String, item: ServiceItem, accepted: Date) -> Result<[CaseStep], Problem> {
        var out: [CaseStep] = []
        for piece in pieces(text) {
            guard let at = piece.firstIndex(of: UInt8(ascii: "@")) else {
                let shown = String(decoding: piece, as: UTF8.self)
                return .failure(Problem(zh: "环节“\(shown)”格式应为“环节@开始时间~结束时间”。", en: "Step \(shown) should read name@start~finish."))
            }
            let name = String(decoding: piece[..<at], as: UTF8.self).trimmedSpaces
            guard let step = item.steps.first(where: { $0.code == name || $0.name == name }) else {
                return .failure(Problem(zh: "“\(name)”不是事项“\(item.name)”的环节。", en: "\(name) is not a step of item \(item.code)."))
            }
            let times = piece[(at + 1)...]
            let tilde = times.firstIndex(of: UInt8(ascii: "~")) ?? times.endIndex
            guard let start = Timestamp.parse(String(decoding: times[..<tilde], as: UTF8.self)) else {
                return .failure(Problem(zh: "环节“\(name)”的开始时间无法识别。", en: "Unreadable start of step \(name)."))
            }
            var finish: Date?
            let rest = tilde < times.endIndex ? String(decoding: times[(tilde + 1)...], as: UTF8.self).trimmedSpaces : ""
            if !rest.isEmpty {
                guard let f = Timestamp.parse(rest), f >= start else {
                    return .failure(Problem(zh: "环节“\(name)”的结束时间无法识别或早于开始时间。", en: "Step \(name) ends before it starts, or unreadably."))
                }
                finish = f
            }
            if CivilDate.beijingDayNumber(start) < CivilDate.beijingDayNumber(accepted) {
                return .failure(Problem(zh: "环节“\(name)”开始于受理之前。", en: "Step \(name) starts before the case was accepted."))
            }
            out.append(CaseStep(code: step.code, name: step.name, limitDays: step.limitDays, startedAt: start, finishedAt: finish))
        }
        return .success(out)
    }

    /// The non-blank pieces between `;` and the full-width `；` (EF BC 9B), as UTF-8 bytes.
    static func pieces(_ text: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(text.utf8)
        var out: [ArraySlice<UInt8>] = [], start = 0, i = 0
        func cut(_ end: Int) {
            let p = bytes[start..<end]
            if p.contains(where: { $0 != 0x20 && $0 != 0x09 }) { out.append(p) }
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: ";") { cut(i); i += 1; start = i; continue }
            if bytes[i] == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x9B { cut(i); i += 3; start = i; continue }
            i += 1
        }
        cut(bytes.count)
        return out
    }

    /// The column text of a case's steps (export, round trip).
    static func format(_ steps: [CaseStep]) -> String {
        steps.map { s in "\(s.name)@\(stamp(s.startedAt))~\(s.finishedAt.map { stamp($0) } ?? "")" }.joined(separator: "；")
    }

    /// Beijing date and time as `Timestamp` reads it back: 2026-03-02 09:10:05 (the export),
    /// or 2026-03-02 09:10 without seconds (the pages).
    public static func stamp(_ d: Date, seconds: Bool = true) -> String {
        let t = Int((d.timeIntervalSince1970 + 28_800).rounded(.down))
        let day = CivilDate(dayNumber: Int((Double(t) / 86_400).rounded(.down)))
        let s = t - day.dayNumber * 86_400
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(day.iso) \(two(s / 3600)):\(two(s % 3600 / 60))" + (seconds ? ":\(two(s % 60))" : "")
    }
}
