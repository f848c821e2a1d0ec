import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.6 通报: the stored publicity scores of a window over a subtree, ranked, and the
/// circular document issued by the subtree's root. Shared by the API
/// (`CircularController`) and the circulars page.
enum Circulars {
    /// The ranked table of `window` over the units below `root` the actor reads (read
    /// access to `root` checked by the caller), and the circular signed by `root` today.
    static func circular(root: Int, window: String, in ctx: ProcessContext) async throws -> (Circular.Table, SummaryDocument) {
        let scope = ctx.scope()
        let table = try await PublicityService.circular(units: scope.readableIDs(root: root, subtree: true),
                                                        window: window, tree: scope.tree, store: ctx.processStore)
        return (table, CircularDocument.make(table, signature: scope.tree[root]?.name ?? "", date: ctx.today))
    }
}
