// bench-service: computes every case's status (SPEC §7: in time, yellow, red, completed
// in/over time, abnormal) and the rates of a half-year (whole centre, per department,
// window and staff member) for N synthetic cases; prints the median of R runs.
//
//   swift build -c release --product bench-service
//   .build/release/bench-service [--cases 100000] [--runs 21]
import Foundation
import TaizhangDomain
import TaizhangService

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

let target = Int(option("--cases") ?? "") ?? 100_000
let runs = Int(option("--runs") ?? "") ?? 21
let today = CivilDate(2026, 6, 20)
let rules = try ServiceRuleSet.defaults()

/// The shipped holiday calendar (State Council notices); the table is built once per
/// evaluation run, as the server does per request.
let calendar = try HolidayCalendar.shipped()
func makeTable() -> WorkingDayTable {
    WorkingDayTable(calendar, from: CivilDate(today.year - 2, 1, 1), through: CivilDate(today.year + 1, 12, 31))
}

// ~target cases over the 2 years before `today` (≈ 500 working days); the oldest trimmed.
let perDay = max(1, target / 480)
var cases = ServiceDemoCases(table: makeTable()).cases(from: CivilDate(today.year - 2, today.month, today.day), through: today, perDay: perDay)
if cases.count > target { cases.removeFirst(cases.count - target) }
print("cases: \(cases.count), steps: \(cases.reduce(0) { $0 + $1.steps.count })")

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func ms(_ ns: UInt64) -> Double { Double(ns) / 1e6 }

var timings: [(table: UInt64, status: UInt64, rates: UInt64)] = []
var check = 0
for _ in 0..<runs {
    let t0 = now()
    let table = makeTable()
    let t1 = now()
    let evaluator = CaseEvaluator(rules: rules.cases, table: table)
    let evaluations = cases.map { evaluator.evaluate($0, asOf: today) }
    let t2 = now()
    let h1 = RateTable.compute(cases, evaluations, period: .half(today.year, 1), asOf: today)
    let t3 = now()
    check &+= h1.total.completed + h1.byWindow.count + evaluations.filter(\.isAbnormal).count
    timings.append((t1 - t0, t2 - t1, t3 - t2))
}

func median(_ xs: [UInt64]) -> Double { ms(xs.sorted()[xs.count / 2]) }
func line(_ name: String, _ xs: [UInt64]) {
    print(String(format: "%-34@ median %8.2f ms   min %8.2f ms   max %8.2f ms", name as NSString, median(xs), ms(xs.min()!), ms(xs.max()!)))
}
line("working-day table (4 years)", timings.map(\.table))
line("status of every case", timings.map(\.status))
line("rates (centre, dept, window, staff)", timings.map(\.rates))
line("total", timings.map { $0.table + $0.status + $0.rates })

// The pure part of an import: the CSV of every case (as the approval system would export
// it) read, checked against the catalog and converted, all or nothing.
let items = ServiceDemoCatalog.items.map(\.item)
let staffIDs = Set(cases.compactMap(\.staffID))
let csv = CaseExport.csv(cases, itemCodes: Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.code) }),
                         staff: Dictionary(uniqueKeysWithValues: staffIDs.map { ($0, String($0)) }))
let importer = CaseImport(items: items, staff: Dictionary(uniqueKeysWithValues: staffIDs.map { (String($0), $0) }), now: Date())
var importTimes: [UInt64] = []
for _ in 0..<max(3, runs / 4) {
    let t0 = now()
    let table = CSVReader.rows(csv)
    let t1 = now()
    let rows = try CaseRow.from(table: table).get()
    let t2 = now()
    let converted = try importer.convert(rows).get()
    importTimes.append(now() - t0)
    if arguments.contains("--phases") { print("csv \(ms(t1 - t0)) rows \(ms(t2 - t1)) convert \(ms(now() - t2))") }
    check &+= converted.count
}
line("import: parse + check CSV (\(csv.utf8.count / 1_000_000) MB)", importTimes)

// A sanity line so the work cannot be optimised away, and so runs can be compared.
let evaluator = CaseEvaluator(rules: rules.cases, table: makeTable())
let all = cases.map { evaluator.evaluate($0, asOf: today) }
let h1 = RateTable.compute(cases, all, period: .half(today.year, 1), asOf: today).total
print("2026H1: accepted \(h1.accepted), completed \(h1.completed), on time \(String(format: "%.2f", h1.onTimeRate ?? 0))%, " +
      "speed-up \(String(format: "%.2f", h1.speedUpRate ?? 0))%, abnormal \(h1.abnormal), open \(h1.open) (yellow \(h1.yellow), red \(h1.red)) [\(check % 7)]")
