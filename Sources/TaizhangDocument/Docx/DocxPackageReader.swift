import Foundation
import ZIPFoundation

/// Reads the parts back out of a .docx (for tests and round-trip checks).
enum DocxPackageReader {
    static func parts(in data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }
}
