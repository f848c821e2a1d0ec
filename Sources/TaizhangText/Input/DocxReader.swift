import Foundation
import ZIPFoundation

/// Reads the paragraphs of a .docx (word/document.xml) as plain text, one paragraph
/// per line, text runs joined in order.
///
/// Defences: the entry is inflated through a streaming consumer that aborts beyond
/// `inflateLimit` bytes (zip bombs lie about their sizes), and XML with a DOCTYPE or
/// entity declaration is refused, so entity expansion can never happen.
public enum DocxReader {
    public static let defaultInflateLimit = 64 * 1_048_576

    private struct InflateLimitExceeded: Error {}

    public static func paragraphs(of url: URL, inflateLimit: Int = defaultInflateLimit) throws -> String {
        let path = url.path
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw TextInputError.corruptDocx(path: path, reason: "不是有效的 ZIP 压缩包 / not a valid ZIP archive")
        }
        guard let entry = archive["word/document.xml"] else {
            throw TextInputError.corruptDocx(path: path, reason: "缺少 word/document.xml / word/document.xml missing")
        }
        if entry.uncompressedSize > UInt64(inflateLimit) {
            throw TextInputError.docxTooLarge(path: path, limit: inflateLimit)
        }
        var xml = [UInt8]()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data in
                if xml.count + data.count > inflateLimit { throw InflateLimitExceeded() }
                xml.append(contentsOf: data)
            }
        } catch is InflateLimitExceeded {
            throw TextInputError.docxTooLarge(path: path, limit: inflateLimit)
        } catch {
            throw TextInputError.corruptDocx(path: path, reason: "解压失败 / cannot inflate: \(error)")
        }
        return try DocxXMLText.extract(xml, path: path)
    }
}
