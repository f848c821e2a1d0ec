import Foundation
import TaizhangText
import Vapor

/// A document uploaded to the checker (API and page): the size a route accepts, and its text.
enum UploadedDocument {
    static let maxUpload: ByteCount = "16mb"

    /// The text of an uploaded .txt (any supported encoding) or .docx; an unreadable,
    /// corrupt or oversize file is a 422 with the checker's bilingual reason.
    static func read(_ data: Data, name: String, options: CheckOptions = CheckOptions()) throws -> (text: String, encoding: TextEncoding) {
        let ext = (name as NSString).pathExtension.lowercased()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("upload." + (ext == "docx" ? "docx" : "txt"))
        try data.write(to: url)
        do {
            return try Checker.read(fileAt: url, options: options)
        } catch let e as TextInputError {
            let message = e.description.replacingOccurrences(of: url.path, with: name)
            let parts = message.components(separatedBy: " / ")
            throw AppError(.unprocessableEntity, "unreadable_document", zh: parts[0], en: parts.count > 1 ? "\(name): " + parts[1] : message)
        }
    }
}
