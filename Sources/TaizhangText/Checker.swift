import Foundation

/// Options for a check run.
public struct CheckOptions: Sendable {
    /// Inputs larger than this are refused (bytes on disk).
    public var byteLimit: Int
    /// Maximum inflated size of word/document.xml in a .docx.
    public var docxInflateLimit: Int

    public init(byteLimit: Int = TextDecoder.defaultByteLimit, docxInflateLimit: Int = DocxReader.defaultInflateLimit) {
        self.byteLimit = byteLimit
        self.docxInflateLimit = docxInflateLimit
    }
}

/// The checker (体检): reads a summary and reports findings, arithmetic checks,
/// quantities and the outline. Pure: no I/O except reading the given file.
public enum Checker {
    /// Checks text that is already decoded (pasted into the web UI, or from a test).
    public static func check(text: String, path: String = "<text>", encoding: String = TextEncoding.utf8.rawValue,
                             corpus: Corpus? = nil) -> DocumentReport {
        let sink = CollectingSink()
        let analyzer = Analyzer(path: path, encoding: encoding, corpus: corpus, sink: sink)
        LineReader.forEachLine(in: text) { analyzer.consume($0) }
        return sink.report(path: path, encoding: encoding, spans: analyzer.finish())
    }

    /// Reads, decodes and checks a .txt or .docx file.
    /// - Throws: `TextInputError` with a bilingual message when the file cannot be read.
    public static func check(fileAt url: URL, corpus: Corpus? = nil, options: CheckOptions = CheckOptions()) throws -> DocumentReport {
        let (text, encoding) = try read(fileAt: url, options: options)
        return check(text: text, path: url.path, encoding: encoding.rawValue, corpus: corpus)
    }

    /// Decodes a file to text, detecting .docx by its ZIP signature (not its name).
    public static func read(fileAt url: URL, options: CheckOptions = CheckOptions()) throws -> (text: String, encoding: TextEncoding) {
        let path = url.path
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if (attributes[.type] as? FileAttributeType) == .typeDirectory {
                throw TextInputError.unreadable(path: path, reason: "是目录 / is a directory")
            }
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch let error as TextInputError {
            throw error
        } catch {
            throw TextInputError.unreadable(path: path, reason: "文件不存在或无权限 / missing or not permitted")
        }
        if size > options.byteLimit { throw TextInputError.tooLarge(path: path, limit: options.byteLimit) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TextInputError.unreadable(path: path, reason: "无法打开 / cannot open")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return (try DocxReader.paragraphs(of: url, inflateLimit: options.docxInflateLimit), .docx)
        }
        try? handle.seek(toOffset: 0)
        return try TextDecoder.decode(FileBytes.rest(of: handle, sizeHint: size), path: path)
    }
}
