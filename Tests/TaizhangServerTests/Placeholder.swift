import Testing
@testable import TaizhangServer
@Test func placeholder() { #expect(1 + 1 == 2) }
