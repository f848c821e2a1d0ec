@testable import TaizhangText

extension ByteBuffer {
    /// The bytes `write` puts into a fresh buffer — small, so that the items make it grow
    /// (the JSON writers' tests compare these with the bytes of the slow path).
    static func written(_ write: (inout ByteBuffer) -> Void) -> [UInt8] {
        var buffer = ByteBuffer(capacity: 16)
        defer { buffer.free() }
        write(&buffer)
        return Array(buffer.bytes)
    }
}
