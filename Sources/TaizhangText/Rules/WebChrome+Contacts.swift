/// A contact row of a site's footer or side panel: "区委书记 李海潮 15537328017",
/// "信访局 0373-5012345". Told by the phone number's own shape, closing a short line:
/// a mobile number (11 digits, 1 then 3–9) or a landline (0 + 2–3 digits,
/// a hyphen, 7–8 digits), before it only ideographs and spaces (a role and a name). A
/// figure in a table row is no phone number: it is not eleven digits opening with 13–19,
/// nor an area code with a hyphen.
extension WebChrome {
    static func contactRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 40, line.cls(end - 1).contains(.digit) else { return false }
        var numberStart = end
        while numberStart > start, line.cls(numberStart - 1).contains(.digit) || line[numberStart - 1] == U.hyphen { numberStart -= 1 }
        // The analysis form drops the space before the digits (李海潮 155… → 李海潮155…).
        guard numberStart > start, isPhone(line, numberStart, end) else { return false }
        var ideographs = 0
        for index in start..<numberStart {
            if line.cls(index).contains(.ideograph) { ideographs += 1 } else if !line.cls(index).contains(.space) { return false }
        }
        return ideographs >= 2
    }

    private static func isPhone(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let scalars = Array(line.norm[start..<end])
        if let hyphen = scalars.firstIndex(of: U.hyphen) {
            let head = scalars[..<hyphen], tail = scalars[(hyphen + 1)...]
            return head.first == 0x30 && (3...4).contains(head.count) && (7...8).contains(tail.count) && !tail.contains(U.hyphen)
        }
        return scalars.count == 11 && scalars[0] == 0x31 && (0x33...0x39).contains(scalars[1])
    }
}
