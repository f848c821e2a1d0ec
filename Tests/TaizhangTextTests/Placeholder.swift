import Testing
@testable import TaizhangText
@Test func placeholder() { #expect(1 + 1 == 2) }
