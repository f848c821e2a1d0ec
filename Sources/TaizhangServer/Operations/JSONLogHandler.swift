import Foundation
import Logging

/// One JSON object per line on standard error (`TAIZHANG_LOG_FORMAT=json` or
/// `--log-format json`), for log collectors: time (UTC, ms), level, label, message, the
/// metadata as string fields, and where it was logged.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    /// Stable extra fields on every line (e.g. the instance name).
    var fixed: [String: String]
    private let write: @Sendable (String) -> Void

    init(label: String, level: Logger.Level, fixed: [String: String] = [:],
         write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.label = label; self.logLevel = level; self.fixed = fixed; self.write = write
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        log(level: event.level, message: event.message, metadata: event.metadata, source: event.source,
            file: event.file, function: event.function, line: event.line)
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        var fields = fixed
        for (k, v) in metadata.merging(explicit ?? [:], uniquingKeysWith: { $1 }) { fields[k] = "\(v)" }
        fields["ts"] = Self.timestamp(Date())
        fields["level"] = level.rawValue
        fields["label"] = label
        fields["msg"] = message.description
        fields["source"] = "\(source) \((file as NSString).lastPathComponent):\(line)"
        write(Self.line(fields))
    }

    /// Sorted keys: lines from the same place look alike, and tests compare them.
    static func line(_ fields: [String: String]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return #"{"msg":"unencodable log line"}"#
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Used under `lock` only.
    nonisolated(unsafe) private static let formatter: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()
    private static let lock = NSLock()

    static func timestamp(_ d: Date) -> String { lock.withLock { formatter.string(from: d) } }
}

/// The process-wide logging setup the `taizhang` executable asks for before anything logs.
public enum LogFormat: String, Sendable, CaseIterable {
    case text, json

    /// `LoggingSystem.bootstrap` may run once per process; the executable calls this first.
    public static func bootstrap(_ format: LogFormat, level: String? = nil) {
        let level = level.flatMap(Logger.Level.init(rawValue:)) ?? .info
        switch format {
        case .text:
            LoggingSystem.bootstrap { label in
                var h = StreamLogHandler.standardError(label: label)
                h.logLevel = level
                return h
            }
        case .json:
            let fixed = ["pid": String(ProcessInfo.processInfo.processIdentifier)]
            LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: level, fixed: fixed) }
        }
    }
}
