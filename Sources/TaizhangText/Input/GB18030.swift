#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 (a superset of GBK and GB2312) support.
///
/// Foundation on Linux cannot convert GB18030, so decoding goes through the C
/// library's iconv, which ships the GB18030 tables on glibc and macOS. The structural
/// check below decides whether bytes *are* GB18030 before anything is decoded.
enum GB18030 {
    /// True when every multi-byte sequence has a legal GB18030 shape and at least one
    /// exists (pure ASCII is handled as UTF-8 earlier).
    static func isPlausible(_ bytes: [UInt8]) -> Bool {
        var index = 0, multi = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            guard lead >= 0x81, lead <= 0xFE, index + 1 < count else { return false }
            let second = bytes[index + 1]
            if second >= 0x30, second <= 0x39 {
                guard index + 3 < count,
                      (0x81...0xFE).contains(bytes[index + 2]),
                      (0x30...0x39).contains(bytes[index + 3]) else { return false }
                index += 4
            } else {
                guard (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) else { return false }
                index += 2
            }
            multi += 1
        }
        return multi > 0
    }

    /// Decodes with iconv in fixed-size chunks so memory stays proportional to the input.
    static func decode(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var chunk = [CChar](repeating: 0, count: 65_536)
        var input = bytes.map { CChar(bitPattern: $0) }
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let produced: Int? = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                    var outLeft = outBuffer.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    if result == -1 && errno != E2BIG { return nil }
                    return outBuffer.count - outLeft
                }
                guard let produced else { return false }
                output.append(contentsOf: chunk[0..<produced].lazy.map { UInt8(bitPattern: $0) })
            }
            return true
        }
        guard ok else { return nil }
        return String(validating: output, as: UTF8.self)
    }
}
