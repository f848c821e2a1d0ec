import Foundation
import NIOCore
import NIOPosix

extension TaizhangCLI {
    /// Runs Swift concurrency's jobs on SwiftNIO's event loops (the threads that read and
    /// write the sockets) instead of a second pool of threads: a request's handler then no
    /// longer hops threads between the socket and its own code, which cost a context switch
    /// or two per request (about a quarter of the server's CPU under write load, issue #18).
    /// Must run before any other asynchronous work: the executable's `main` calls it first.
    /// `TAIZHANG_NIO_EXECUTOR=0` keeps the default executor (for A/B benchmarks).
    @discardableResult
    public static func installExecutor() -> Bool {
        guard ProcessInfo.processInfo.environment["TAIZHANG_NIO_EXECUTOR"] != "0" else { return false }
        return NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
