import Foundation
import Testing

/// The layering written in Package.swift and the folder tree, kept true by reading the
/// sources: adapters never call each other, every transaction opens through `Writes`,
/// the use-case layer never sees a request.
@Suite struct LayeringTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Sources/TaizhangServer").standardized

    static func files(_ folder: String) throws -> [(String, String)] {
        let dir = root.appendingPathComponent(folder)
        let names = try FileManager.default.subpathsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }
        return try names.map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
    }

    static func code(_ text: String) -> String {
        text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
    }

    @Test func noPageControllerCallsAnAPIController() throws {
        let api = try Self.files("Controllers").compactMap { _, text in
            text.range(of: #"enum ([A-Za-z]+Controller)"#, options: .regularExpression).map { String(text[$0].dropFirst(5)) }
        }
        #expect(api.count > 10)
        for (name, text) in try Self.files("Web") {
            for controller in api where Self.code(text).contains(controller + ".") || Self.code(text).contains(controller + "(") {
                Issue.record("Web/\(name) refers to the API controller \(controller)")
            }
        }
    }

    @Test func everyTransactionOpensThroughWrites() throws {
        do {
            for (name, text) in try Self.files("") where name != "UseCases/Writes.swift" {
                #expect(!Self.code(text).contains(".transaction {") && !Self.code(text).contains(".transaction({"),
                        "\(name) opens a transaction outside Writes")
            }
        }
    }

    @Test func useCasesNeverSeeARequest() throws {
        for (name, text) in try Self.files("UseCases") {
            #expect(!text.contains("import Vapor"), "UseCases/\(name) imports Vapor")
            #expect(Self.code(text).range(of: #"(?<![A-Za-z])Request(?![A-Za-z])"#, options: .regularExpression) == nil,
                    "UseCases/\(name) mentions Request")
        }
    }
}
