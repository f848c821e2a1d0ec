#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@testable import TaizhangServer
import Testing

/// `taizhang serve --port N` on a port in use: a clear message in Chinese and English (the
/// command exits non-zero with it), not Vapor's crash while shutting down.
@Suite struct PortProbeTests {
    /// A listening socket on 127.0.0.1 with a port the system picks; returns (fd, port).
    static func occupy() throws -> (Int32, Int) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        try #require(bound)
        return (fd, Int(UInt16(bigEndian: addr.sin_port)))
    }

    @Test func aPortInUseIsNamedInBothLanguages() throws {
        let (fd, port) = try Self.occupy()
        defer { close(fd) }

        let error = #expect(throws: CLIError.self) { try PortProbe.check(host: "127.0.0.1", port: port) }

        #expect(error?.description.contains("已被占用") == true)
        #expect(error?.description.contains("already in use") == true)
    }

    @Test func aFreePortPasses() throws {
        let (fd, port) = try Self.occupy()
        close(fd)

        #expect(throws: Never.self) { try PortProbe.check(host: "127.0.0.1", port: port) }
    }
}
