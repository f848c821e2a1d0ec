/// Why an input could not be read. Messages are bilingual so that both the web UI
/// (Chinese) and logs (English) can show them unchanged.
public enum TextInputError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case unknownEncoding(path: String)
    case tooLarge(path: String, limit: Int)
    case corruptDocx(path: String, reason: String)
    case docxTooLarge(path: String, limit: Int)
    case unsafeXML(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): 无法读取文件(\(reason)) / cannot read file (\(reason))"
        case let .empty(path):
            return "\(path): 文件为空 / file is empty"
        case let .binary(path):
            return "\(path): 不是文本文件(含二进制内容) / not a text file (binary content)"
        case let .unknownEncoding(path):
            return "\(path): 无法识别文字编码(支持 UTF-8、UTF-16、GB18030/GBK) / unrecognised text encoding (UTF-8, UTF-16, GB18030/GBK are supported)"
        case let .tooLarge(path, limit):
            return "\(path): 文件超过 \(limit / 1_048_576) MB 上限 / file exceeds the \(limit / 1_048_576) MB limit"
        case let .corruptDocx(path, reason):
            return "\(path): .docx 文件已损坏(\(reason)) / corrupt .docx (\(reason))"
        case let .docxTooLarge(path, limit):
            return "\(path): .docx 解压后超过 \(limit / 1_048_576) MB 上限(疑似压缩炸弹) / .docx inflates beyond \(limit / 1_048_576) MB (possible zip bomb)"
        case let .unsafeXML(path):
            return "\(path): .docx 含有不安全的 XML(DOCTYPE/实体声明) / .docx contains unsafe XML (DOCTYPE/entity declarations)"
        }
    }
}
