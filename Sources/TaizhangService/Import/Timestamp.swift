import Foundation
import TaizhangDomain

/// Reads the instants approval systems and spreadsheets write, in Beijing time unless an
/// offset is given: `2026-03-02 09:10`, `2026-03-02 09:10:05`, `2026/3/2 9:10`,
/// `2026年3月2日 9:10`, `2026-03-02T09:10:00.250+08:00`, `2026-03-02T01:10:00Z`, a bare date
/// (00:00), and Excel serial day numbers (`46083.3819`). Hand-written over the UTF-8
/// bytes: 100,000 rows parse in milliseconds, where `DateFormatter` would take seconds.
public enum Timestamp {
    public static func parse(_ raw: String) -> Date? {
        var bytes = Array(raw.utf8)[...]
        while let f = bytes.first, f == 0x20 || f == 0x09 { bytes = bytes.dropFirst() }
        while let l = bytes.last, l == 0x20 || l == 0x09 { bytes = bytes.dropLast() }
        if let serial = excelSerial(bytes) { return serial }
        var offset = 28_800
        if bytes.last == UInt8(ascii: "Z") { offset = 0; bytes = bytes.dropLast() }
        else if let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
                let sign = bytes[colon...].lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
            let tz = bytes[(sign + 1)...].filter { $0 != UInt8(ascii: ":") }
            guard tz.count == 4, tz.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let v = tz.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            offset = (v / 100 * 3600 + v % 100 * 60) * (bytes[sign] == UInt8(ascii: "+") ? 1 : -1)
            bytes = bytes[..<sign]
        }
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), let colon = bytes.lastIndex(of: UInt8(ascii: ":")), dot > colon {
            bytes = bytes[..<dot]
        }
        var numbers: [Int] = [], current = -1
        numbers.reserveCapacity(6)
        for b in bytes {
            if b >= 0x30 && b <= 0x39 {
                current = (current < 0 ? 0 : current * 10) + Int(b - 0x30)
                if current > 99_999 { return nil }
            } else if b >= 0x80 || separator(b) {
                // Non-ASCII bytes are the 年月日时分秒 of Chinese dates.
                if current >= 0 { numbers.append(current); current = -1 }
            } else { return nil }
        }
        if current >= 0 { numbers.append(current) }
        guard (3...6).contains(numbers.count), numbers[0] >= 1900, numbers[0] <= 2999 else { return nil }
        let h = numbers.count > 3 ? numbers[3] : 0, mi = numbers.count > 4 ? numbers[4] : 0, se = numbers.count > 5 ? numbers[5] : 0
        guard (1...12).contains(numbers[1]), (1...CivilDate.daysIn(year: numbers[0], month: numbers[1])).contains(numbers[2]),
              (0...23).contains(h), (0...59).contains(mi), (0...59).contains(se) else { return nil }
        let day = CivilDate(numbers[0], numbers[1], numbers[2]).dayNumber
        return Date(timeIntervalSince1970: TimeInterval(day * 86_400 + h * 3600 + mi * 60 + se - offset))
    }

    static func separator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == 0x20 || b == UInt8(ascii: "T") || b == UInt8(ascii: ":")
    }

    /// Excel stores date-times as days since 1899-12-30 (`ExcelSerial`, local time), e.g. 46083.3819, and
    /// dates as whole days (46083).
    static func excelSerial(_ s: ArraySlice<UInt8>) -> Date? {
        guard s.contains(UInt8(ascii: ".")) || s.count == 5,
              s.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }),
              let v = Double(String(decoding: s, as: UTF8.self)), v > 1, v < Double(ExcelSerial.end) else { return nil }
        return Date(timeIntervalSince1970: ((v - Double(ExcelSerial.unixEpoch)) * 86_400).rounded() - 28_800)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs; `self` when there are none (the usual
    /// case, without the cost of Foundation's `trimmingCharacters`).
    var trimmedSpaces: String {
        let u = utf8
        guard let f = u.first, let l = u.last else { return self }
        if f != 0x20 && f != 0x09 && l != 0x20 && l != 0x09 { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
