import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes straight into an array: `FileHandle.readToEnd` followed by
/// `[UInt8](data)` copied the whole input once more (and touched twice the pages).
enum FileBytes {
    /// The bytes from the handle's current offset to the end. A read error yields no
    /// bytes, as a failing `readToEnd` did before.
    static func rest(of handle: FileHandle, sizeHint: Int) -> [UInt8] {
        let descriptor = handle.fileDescriptor
        let capacity = max(sizeHint, 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var filled = 0
            while filled < capacity {
                let got = read(descriptor, buffer.baseAddress! + filled, capacity - filled)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failed = true; break }
                if got == 0 { break }
                filled += got
            }
            initialized = filled
        }
        if failed { return [] }
        if bytes.count == capacity {
            // The file grew since its size was taken: read the remainder the usual way.
            guard let more = try? handle.readToEnd() else { return [] }
            bytes.append(contentsOf: more)
        }
        return bytes
    }
}
