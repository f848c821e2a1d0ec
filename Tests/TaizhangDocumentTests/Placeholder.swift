import Testing
@testable import TaizhangDocument
@Test func placeholder() { #expect(1 + 1 == 2) }
