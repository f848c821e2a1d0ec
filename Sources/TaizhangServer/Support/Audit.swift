import Fluent
import Foundation
import TaizhangDomain

/// Records a change made inside `Writes.run` from before/after snapshots of any shape:
/// both are flattened to fields (snake_case, ISO dates, `values.performances`) and the
/// audit row keeps only the fields that changed. The row goes into the same chained log as
/// `Tx.audit`, attributed to the transaction's actor; outside a transaction it refuses.
enum Audit {
    static func record<B: Encodable, A: Encodable>(
        on db: any Database, userID: Int?, action: String, entity: String, entityID: Int?,
        unitID: Int?, before: B?, after: A?, at: Date
    ) async throws {
        guard let tx = Tx.current else {
            throw AppError(.internalServerError, "audit_outside_transaction", zh: "服务器内部错误。", en: "Audit outside a write transaction.")
        }
        try await tx.audit(action, entity: entity, id: entityID, unit: unitID,
                           changes: FieldChange.between(before.map(flatten), after.map(flatten)))
    }

    /// Convenience when there is no before (creation) or no after (deletion).
    struct None: Encodable {}

    /// `{"a": {"b": 1}, "c": [2]}` → `["a.b": "1", "c.0": "2"]`.
    static func flatten<T: Encodable>(_ value: T) -> [String: String] {
        guard let data = try? JSONEncoder.api.encode(value),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [:] }
        var out: [String: String] = [:]
        func walk(_ v: Any, _ path: String) {
            switch v {
            case let d as [String: Any]: for (k, x) in d { walk(x, path.isEmpty ? k : "\(path).\(k)") }
            case let a as [Any]: for (i, x) in a.enumerated() { walk(x, path.isEmpty ? "\(i)" : "\(path).\(i)") }
            case is NSNull: out[path.isEmpty ? "value" : path] = ""
            case let s as String: out[path.isEmpty ? "value" : path] = s
            case let n as NSNumber: out[path.isEmpty ? "value" : path] = n.stringValue
            default: out[path.isEmpty ? "value" : path] = "\(v)"
            }
        }
        walk(object, "")
        return out
    }
}
