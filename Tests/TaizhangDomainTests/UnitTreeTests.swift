import Testing
@testable import TaizhangDomain

@Suite("Unit tree")
struct UnitTreeTests {
    /// 1 → (2 → (4, 5 → 6), 3); 7 has a missing parent and becomes a root.
    let tree = UnitTree([
        Unit(id: 5, parentID: 2, kind: .community, name: "人民路社区"),
        Unit(id: 1, parentID: nil, kind: .bureau, name: "区文化和旅游局"),
        Unit(id: 3, parentID: 1, kind: .town, name: "沙门镇"),
        Unit(id: 2, parentID: 1, kind: .street, name: "城关街道"),
        Unit(id: 4, parentID: 2, kind: .community, name: "新华社区"),
        Unit(id: 6, parentID: 5, kind: .other, name: "文艺队"),
        Unit(id: 7, parentID: 99, kind: .other, name: "孤立单位"),
    ])

    @Test func rootsAndChildren() {
        #expect(tree.roots == [1, 7])
        #expect(tree.count == 7)
        #expect(tree.children(of: 2).map(\.id) == [4, 5])
        #expect(tree.children(of: 4).isEmpty)
    }

    @Test func subtreeIsDepthFirstWithParentsFirst() {
        let ids = tree.subtree(of: 1).map(\.id)

        #expect(ids == [1, 2, 4, 5, 6, 3])
        #expect(tree.subtree(of: 5).map(\.id) == [5, 6])
        #expect(tree.subtree(of: 42).isEmpty)
    }

    @Test func ancestorsRunFromParentToRoot() {
        let chain = tree.ancestors(of: 6).map(\.id)

        #expect(chain == [5, 2, 1])
        #expect(tree.ancestors(of: 1).isEmpty)
        #expect(tree.ancestors(of: 7).isEmpty)
        #expect(tree.depth(of: 6) == 3)
    }

    @Test func within() {
        #expect(tree.isWithin(6, subtreeOf: 2))
        #expect(tree.isWithin(2, subtreeOf: 2))
        #expect(!tree.isWithin(3, subtreeOf: 2))
        #expect(!tree.isWithin(2, subtreeOf: 6))
    }

    @Test func wouldCycleDetectsMovesUnderOwnDescendants() {
        #expect(tree.wouldCycle(2, newParent: 6))
        #expect(tree.wouldCycle(2, newParent: 2))
        #expect(!tree.wouldCycle(5, newParent: 3))
    }

    @Test func cyclicDataDoesNotHang() {
        let cyclic = UnitTree([
            Unit(id: 1, parentID: 2, kind: .other, name: "甲"),
            Unit(id: 2, parentID: 1, kind: .other, name: "乙"),
            Unit(id: 3, parentID: 3, kind: .other, name: "丙"),
        ])

        let ancestors = cyclic.ancestors(of: 1).map(\.id)
        let subtree = cyclic.subtree(of: 1).map(\.id)

        #expect(ancestors == [2])
        #expect(subtree == [1, 2])
        #expect(cyclic.subtree(of: 3).map(\.id) == [3])
        #expect(cyclic.roots.isEmpty)
    }

    @Test(arguments: [("330115", true), ("110101", true), ("820000", true), ("100000", false), ("830000", false),
                      ("33011", false), ("3301150", false), ("33O115", false), ("３３０１１５", false)])
    func divisionCodes(code: String, valid: Bool) {
        #expect(Unit.isValidDivisionCode(code) == valid)
    }
}
