import Foundation
import NIOConcurrencyHelpers
import Prometheus
import Vapor

/// The server's Prometheus metrics, one registry per application (so tests that run many
/// apps in one process each see their own). Scraped at `GET /metrics`.
final class AppMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    /// Requests and their latency by method, route pattern (`/api/entries/:id`, never the
    /// raw path, so the number of series stays bounded) and status.
    private let byRoute = NIOLockedValueBox<[String: (Counter, DurationHistogram)]>([:])

    let transactionsInFlight: Gauge
    let writeGateWaiting: Gauge
    let poolSize: Gauge
    let transactionSeconds: DurationHistogram
    let commitGroupSize: ValueHistogram
    let remindersSent: Counter

    static let latencyBuckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                                             .milliseconds(20), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                                             .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(10)]

    init() {
        transactionsInFlight = registry.makeGauge(descriptor: Self.name("db", "transactions_in_flight", "",
            "Write transactions open right now (through Writes.run)."))
        writeGateWaiting = registry.makeGauge(descriptor: Self.name("db", "write_queue_waiting", "",
            "SQLite: write transactions waiting for the single writer."))
        poolSize = registry.makeGauge(descriptor: Self.name("db", "pool_connections", "max",
            "Database connections the pool may open (per event loop × event loops)."))
        transactionSeconds = registry.makeDurationHistogram(descriptor: Self.name("db", "transaction", "seconds",
            "Time of a write transaction from its start to its commit, waiting included."), buckets: Self.latencyBuckets)
        commitGroupSize = registry.makeValueHistogram(descriptor: Self.name("db", "commit_group", "size",
            "SQLite: write transactions committed together by one COMMIT (group commit)."), buckets: [1, 2, 4, 8, 16, 32, 64])
        remindersSent = registry.makeCounter(descriptor: Self.name("reminders", "sent", "total",
            "Reminders stored and handed to the notifier."))
    }

    static func name(_ subsystem: String, _ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "taizhang", subsystem: subsystem, metricName: metric, unitName: unit, helpText: help)
    }

    func request(method: String, route: String, status: UInt, duration: Duration) {
        let key = method + " " + route + " " + String(status)
        let (counter, histogram) = byRoute.withLockedValue { cache in
            if let pair = cache[key] { return pair }
            let labels = [("method", method), ("route", route), ("status", String(status))]
            let pair = (registry.makeCounter(descriptor: Self.name("http", "requests", "total", "HTTP requests answered."), labels: labels),
                        registry.makeDurationHistogram(descriptor: Self.name("http", "request_duration", "seconds",
                                                                             "Time to answer an HTTP request."),
                                                       labels: labels, buckets: Self.latencyBuckets))
            cache[key] = pair
            return pair
        }
        counter.increment()
        histogram.record(duration)
    }

    /// One run of a scheduled job: `ran` (this instance held the lease), `skipped` (another
    /// instance did) or `failed`.
    func jobRun(_ job: String, outcome: String) {
        registry.makeCounter(descriptor: Self.name("job", "runs", "total", "Scheduled job ticks by outcome."),
                             labels: [("job", job), ("outcome", outcome)]).increment()
    }

    /// Times a write transaction and counts it while it is open.
    func transaction<T>(_ body: () async throws -> T) async rethrows -> T {
        let start = ContinuousClock.now
        transactionsInFlight.increment()
        defer {
            transactionsInFlight.decrement()
            transactionSeconds.record(ContinuousClock.now - start)
        }
        return try await body()
    }
}

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = AppMetrics }

    /// Created with the application's configuration; one per app.
    var metrics: AppMetrics {
        get {
            if let m = storage[MetricsKey.self] { return m }
            let m = AppMetrics()
            storage[MetricsKey.self] = m
            return m
        }
        set { storage[MetricsKey.self] = newValue }
    }
}
