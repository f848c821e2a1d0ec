import Testing
@testable import TaizhangDomain
@Test func placeholder() { #expect(1 + 1 == 2) }
