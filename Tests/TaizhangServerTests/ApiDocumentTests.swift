import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct ApiDocumentTests {
        @Test func openAPIDocumentListsEveryRoute() async throws {
            try await withApp(.sqlite) { app, _ in
                // setup
                let documented = Set(OpenAPIDocument.operations.map { "\($0.method.uppercased()) \($0.path)" })
                // act
                // The JSON API (browser pages are not part of it).
                let routes = Set(app.routes.all.filter { ["api", "health"].contains($0.path.first?.description ?? "") }.map { route in
                    "\(route.method.rawValue) /" + route.path.map { c -> String in
                        if case .parameter(let name) = c { return "{\(name)}" }
                        return c.description
                    }.joined(separator: "/")
                })
                let served = try await app.testing().sendRequest(.GET, "/api/openapi.json")
                // assert
                #expect(routes.subtracting(documented).isEmpty, "undocumented: \(routes.subtracting(documented))")
                #expect(documented.subtracting(routes).isEmpty, "documented but missing: \(documented.subtracting(routes))")
                #expect(served.status == .ok)
                #expect(served.json["openapi"] as? String == "3.1.0")
            }
        }

        @Test func everyPathParameterIsDescribed() throws {
            // act
            let paths = try #require(OpenAPIDocument.document()["paths"] as? [String: [String: Any]])
            // assert: /api/entries/{id}/evidence/{eid} names both id and eid
            for (path, methods) in paths {
                for (method, op) in methods {
                    let described = ((op as? [String: Any])?["parameters"] as? [[String: Any]] ?? [])
                        .filter { $0["in"] as? String == "path" }.compactMap { $0["name"] as? String }
                    #expect(described == OpenAPIDocument.pathParameters(path), "\(method) \(path)")
                }
            }
            #expect(OpenAPIDocument.pathParameters("/api/entries/{id}/evidence/{eid}") == ["id", "eid"])
        }

        @Test func unknownRoutesAnswerInChinese() async throws {
            try await withApp(.sqlite) { app, _ in
                let res = try await app.testing().sendRequest(.GET, "/api/nothing-here")
                #expect(res.status == .notFound)
                #expect(res.json["message"] as? String == "未找到该页面或接口。")
            }
        }
    }
}
