// Checker throughput benchmark (not a unit test). Build in release mode:
//   swift build -c release --product bench-checker
//   .build/release/bench-checker [--megabytes 50] [--seeds DIR] [--keep FILE] [--dump FILE]
// --dump writes the full report as JSON (after timing) so that two builds can be diffed.
// It repeats the fixture summaries into one file of the requested size, runs the full
// analysis (outline, quantities, all findings except corpus comparison) on one core,
// times one grep pass over the same file as a reference ceiling, and reports peak memory.
import Foundation
import TaizhangText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

var megabytes = 50
var seedsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/seeds").standardized.path
var keep: String?
var dump: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--megabytes": megabytes = Int(arguments.next() ?? "") ?? megabytes
    case "--seeds": seedsPath = arguments.next() ?? seedsPath
    case "--keep": keep = arguments.next()
    case "--dump": dump = arguments.next()
    default: print("unknown argument \(argument)"); exit(64)
    }
}

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// User + system CPU seconds of this process: on a shared machine wall time includes
/// waiting for the CPU, so throughput is reported against both.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    #else
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #endif
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func peakResidentMB() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #else
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
    #endif
}

// Build the input: the seed summaries repeated until the size is reached.
let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: seedsPath)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
guard !seeds.isEmpty else { print("no seeds in \(seedsPath)"); exit(1) }
var unit = Data()
for seed in seeds { unit.append((try? Data(contentsOf: URL(fileURLWithPath: seedsPath).appendingPathComponent(seed))) ?? Data()) }
let target = megabytes * 1_048_576
let file = URL(fileURLWithPath: keep ?? (NSTemporaryDirectory() + "bench-checker-\(megabytes)mb.txt"))
_ = FileManager.default.createFile(atPath: file.path, contents: nil)
let writer = try FileHandle(forWritingTo: file)
var written = 0
while written < target { writer.write(unit); written += unit.count }
try writer.close()
let bytes = Double(written)
print("input: \(file.path), \(String(format: "%.1f", bytes / 1_048_576)) MB (\(seeds.count) seed files repeated)")

// Full analysis, one thread.
let start = now(), cpuStart = cpuSeconds()
let report = try Checker.check(fileAt: file, options: CheckOptions(byteLimit: Int.max))
let seconds = now() - start, cpu = cpuSeconds() - cpuStart
let throughput = bytes / 1_048_576 / seconds
print(String(format: "checker: %.2f s wall, %.1f MB/s; %.2f s CPU, %.1f MB/s per core (%d findings, %d quantities, %d outline items, %d checks, %d documents)",
             seconds, throughput, cpu, bytes / 1_048_576 / cpu, report.findings.count, report.quantities.count,
             report.outline.count, report.checks.count, report.subdocuments.count))
print(String(format: "peak resident memory: %.0f MB", peakResidentMB()))

if let dump {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(report).write(to: URL(fileURLWithPath: dump))
}

// Reference ceiling: one grep pass with a quantity-like pattern. Output goes through a
// pipe to wc, because GNU grep stops at the first match when stdout is /dev/null.
let grep = Process()
grep.executableURL = URL(fileURLWithPath: "/bin/sh")
grep.arguments = ["-c", "grep -oE '[0-9.]+(万|亿)?(余|多)?(场|人次|次|个|家|万元|元|%)' \"$0\" | wc -l > /dev/null", file.path]
let grepStart = now()
try grep.run()
grep.waitUntilExit()
let grepSeconds = now() - grepStart
let grepThroughput = bytes / 1_048_576 / grepSeconds
print(String(format: "grep -oE reference: %.2f s, %.1f MB/s; checker/grep ratio %.2f", grepSeconds, grepThroughput, throughput / grepThroughput))
if keep == nil { try? FileManager.default.removeItem(at: file) }
