import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file for the streaming check: UTF-8 (with or without BOM) is decoded in
/// 4 MB chunks straight into lines; anything else (.docx, UTF-16, GB18030) is decoded
/// whole through `Checker.read`, which the size limit keeps small.
enum StreamingInput {
    static let chunkSize = 4 << 20

    /// Calls `lines` with the encoding's name and a line source. If the bytes turn out not
    /// to be UTF-8, `restart` is called and the file is decoded whole instead. With
    /// `deferPreparation` the lines are `LineText.unprepared`, or for UTF-8 read in chunks
    /// `LineText.undecoded` (see `LinePipeline`); then `lines` returns false when a line
    /// was malformed (`LinePipeline.malformed`), and the file is decoded whole as well.
    static func lines(path: String, options: CheckOptions, deferPreparation: Bool = false, restart: () throws -> Void,
                     lines: (_ encoding: String, _ feed: ((LineText) -> Void) -> Void) throws -> Bool) throws {
        let url = URL(fileURLWithPath: path)
        let size = try size(of: path)
        if size > options.byteLimit { throw TextInputError.tooLarge(path: path, limit: options.byteLimit) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw TextInputError.unreadable(path: path, reason: "无法打开 / cannot open") }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: chunkSize + 4)
        var filled = readFully(fd, into: &buffer, from: 0)
        if filled == 0 { throw TextInputError.empty(path: path) }
        let head = Array(buffer[0..<min(filled, 65_536)])
        let isZip = head.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let isUTF16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        if isZip || isUTF16 {
            let (text, encoding) = try Checker.read(fileAt: url, options: options)
            _ = try lines(encoding.rawValue) { body in LineReader.forEachLine(in: text, deferPreparation: deferPreparation, body) }
            return
        }
        if TextDecoder.looksBinary(head) { throw TextInputError.binary(path: path) }
        let bom = head.starts(with: [0xEF, 0xBB, 0xBF])
        var valid = true
        let accepted = try lines(bom ? TextEncoding.utf8BOM.rawValue : TextEncoding.utf8.rawValue) { body in
            // Deferred: the lines' bytes are decoded and validated where they are prepared.
            let splitter = deferPreparation ? LineSplitter() : nil
            let feeder = LineFeeder(deferPreparation: deferPreparation)
            var start = bom ? 3 : 0
            while true {
                // readFully stops short of a full buffer only at the end of the file.
                let atEnd = filled < buffer.count
                var end = filled
                if !atEnd {
                    // Feed up to the last complete character; carry the rest to the next read.
                    var back = end - 1, steps = 0
                    while back > start, buffer[back] & 0xC0 == 0x80, steps < 3 { back -= 1; steps += 1 }
                    let lead = buffer[back]
                    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                    if back + width > end { end = back }
                }
                let ok = buffer.withUnsafeBufferPointer { bytes in
                    let chunk = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if let splitter { splitter.feed(chunk, body); return true }
                    return feeder.feed(chunk, validating: true, body)
                }
                if !ok || atEnd && end < filled { valid = false; return }
                if atEnd { break }
                let carry = filled - end
                for offset in 0..<carry { buffer[offset] = buffer[end + offset] }
                filled = readFully(fd, into: &buffer, from: carry)
                start = 0
            }
            if let splitter { splitter.finish(body) } else { feeder.finish(body) }
        }
        if !valid || !accepted {
            try restart()
            let (text, encoding) = try Checker.read(fileAt: url, options: options)
            _ = try lines(encoding.rawValue) { body in LineReader.forEachLine(in: text, deferPreparation: deferPreparation, body) }
        }
    }

    private static func size(of path: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { throw TextInputError.unreadable(path: path, reason: "文件不存在或无权限 / missing or not permitted") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw TextInputError.unreadable(path: path, reason: "是目录 / is a directory") }
        return Int(info.st_size)
    }

    /// Fills `buffer` from `offset` until it is full or the file ends; returns the bytes held.
    private static func readFully(_ fd: Int32, into buffer: inout [UInt8], from offset: Int) -> Int {
        var filled = offset
        while filled < buffer.count {
            let got = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            filled += got
        }
        return filled
    }
}

@inline(__always) func systemRead(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, pointer, count)
    #else
    return Darwin.read(fd, pointer, count)
    #endif
}
