#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Before `serve` hands over to Vapor: is the address free? Vapor reports a bind failure
/// and then crashes while shutting the half-started server down; asking first turns a port
/// in use into a clear message and a non-zero exit. Binds the way the server will
/// (SO_REUSEADDR, so a port only in TIME_WAIT counts as free) and closes at once.
enum PortProbe {
    static func check(host: String, port: Int) throws {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_flags = AI_PASSIVE
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw CLIError("无法解析监听地址 \(host)。Cannot resolve the address \(host).")
        }
        defer { freeaddrinfo(list) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        if bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 {
            let reason = errno == EADDRINUSE ? "已被占用" : "无法使用（\(String(cString: strerror(errno)))）"
            let reasonEn = errno == EADDRINUSE ? "is already in use" : "cannot be used (\(String(cString: strerror(errno))))"
            throw CLIError("端口 \(port)（\(host)）\(reason)，请关闭占用该端口的程序或用 --port 另选端口。"
                + "Port \(port) on \(host) \(reasonEn): stop the program using it or choose another with --port.")
        }
    }
}
