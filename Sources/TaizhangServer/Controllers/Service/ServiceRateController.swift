import Foundation
import TaizhangDomain
import Vapor

/// /api/service board and rates: thin adapters over `ServiceRates`.
enum ServiceRateController {
    static func rates(req: Request) async throws -> ServiceRates.RatesResponse {
        try await ServiceRates.rates(centre: try req.pathID(), period: try req.queryPeriod(), in: try await req.serviceContext())
    }

    /// The board; a supervisor's first look of the day counts as a login (online supervision).
    static func board(req: Request) async throws -> ServiceRates.Board {
        try await ServiceRates.board(centre: try req.pathID(), in: try await req.serviceContext())
    }
}
