// End-to-end benchmark of `taizhang check --format json` (not a unit test). Release build:
//   swift build -c release --product bench-checker-cli
//   .build/release/bench-checker-cli [--megabytes 50] [--seeds DIR] [--binary .build/release/taizhang] [--keep FILE] [--workers N]
// --workers N: threads for the line-local rules (0: all on one thread; default: one per idle core).
// --keep copies the JSON written by the check to FILE (after timing), so two builds can be diffed.
// It repeats the fixture summaries into one file of the requested size, then, in ONE run:
// checks it the way the command line does (chunked read, analysis, JSON streamed to a
// file: CheckRun.streamJSON, which CheckCommand calls) — or, with --binary, runs the real
// executable with stdout to a file — and times one
//   grep -oE '[0-9.]+(万|亿)?(余|多)?(场|人次|次|个|家|万元|元|%)' FILE | wc -l
// pass over the same file. It prints both throughputs, their ratio (target ≥ 0.5) and the
// peak resident memory of the check (target < 500 MB at 100 MB of input).
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
var binary: String?
var keep: String?
var workers: Int?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--megabytes": megabytes = Int(arguments.next() ?? "") ?? megabytes
    case "--seeds": seedsPath = arguments.next() ?? seedsPath
    case "--binary": binary = arguments.next()
    case "--keep": keep = arguments.next()
    case "--workers": workers = Int(arguments.next() ?? "")
    default: print("unknown argument \(argument)"); exit(64)
    }
}

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func peakMB(_ who: Int32) -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(who, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #else
    getrusage(__rusage_who_t(who), &usage)
    return Double(usage.ru_maxrss) / 1024
    #endif
}

/// User + system CPU seconds of this process or of its finished children: on a shared
/// machine wall time includes waiting for a core, so both are reported.
func cpuSeconds(_ who: Int32) -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(who, &usage)
    #else
    getrusage(__rusage_who_t(who), &usage)
    #endif
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}
/// CPU seconds of the calling thread alone: with worker threads, the critical path.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
let selfWho = RUSAGE_SELF.rawValue, childrenWho = Int32(RUSAGE_CHILDREN.rawValue)

func shell(_ command: String, _ argument: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command, argument]
    try process.run()
    process.waitUntilExit()
}

// The input: the seed summaries repeated until the size is reached.
let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: seedsPath)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
guard !seeds.isEmpty else { print("no seeds in \(seedsPath)"); exit(1) }
var unit = Data()
for seed in seeds { unit.append((try? Data(contentsOf: URL(fileURLWithPath: seedsPath).appendingPathComponent(seed))) ?? Data()) }
let input = NSTemporaryDirectory() + "bench-checker-cli-\(megabytes)mb.txt"
let output = NSTemporaryDirectory() + "bench-checker-cli-\(megabytes)mb.json"
_ = FileManager.default.createFile(atPath: input, contents: nil)
let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: input))
var written = 0
while written < megabytes * 1_048_576 { writer.write(unit); written += unit.count }
try writer.close()
let mb = Double(written) / 1_048_576
print(String(format: "input: %@, %.1f MB (%d seed files repeated)", input, mb, seeds.count))

// The check, end to end.
let cpuStart = cpuSeconds(binary == nil ? selfWho : childrenWho)
let threadStart = threadCPUSeconds()
let start = now()
let checkSeconds: Double, peak: Double
if let binary {
    try shell("\"$0\" check --format json --fail-on never --max-size 4096 \"$1\" > \"$2\"".replacingOccurrences(of: "$1", with: input)
        .replacingOccurrences(of: "$2", with: output), binary)
    checkSeconds = now() - start
    peak = peakMB(Int32(RUSAGE_CHILDREN.rawValue))
} else {
    _ = FileManager.default.createFile(atPath: output, contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    var run = CheckRun(format: .json, failOn: .never, byteLimit: Int.max)
    run.workers = workers
    let (errors, _) = run.streamJSON(paths: [input], to: out.fileDescriptor)
    try out.close()
    checkSeconds = now() - start
    peak = peakMB(RUSAGE_SELF.rawValue)
    if !errors.isEmpty { print(errors) }
}
let checkCPU = cpuSeconds(binary == nil ? selfWho : childrenWho) - cpuStart
let callingThreadCPU = threadCPUSeconds() - threadStart
let jsonMB = Double((try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0) / 1_048_576
if binary == nil { print("worker threads: \(workers ?? CheckRun.defaultWorkers)\(workers == nil ? " (default: one per idle core)" : "")") }
print(String(format: "check --format json%@: %.2f s wall, %.1f MB/s; %.2f s CPU, %.1f MB/s per core; JSON %.1f MB (%.2f× the input); peak resident memory %.0f MB",
             binary == nil ? " (in process)" : " (\(binary!))", checkSeconds, mb / checkSeconds, checkCPU, mb / checkCPU,
             jsonMB, jsonMB / mb, peak))

// Reference: one grep pass through a pipe to wc (GNU grep stops early on /dev/null).
let grepCPUStart = cpuSeconds(childrenWho)
let grepStart = now()
try shell("grep -oE '[0-9.]+(万|亿)?(余|多)?(场|人次|次|个|家|万元|元|%)' \"$0\" | wc -l > /dev/null", input)
let grepSeconds = now() - grepStart
let grepCPU = cpuSeconds(childrenWho) - grepCPUStart
print(String(format: "grep -oE … | wc -l: %.2f s wall, %.1f MB/s; %.2f s CPU (grep + wc)", grepSeconds, mb / grepSeconds, grepCPU))
print(String(format: "check/grep speed ratio: %.2f by wall time, %.2f by CPU time (target ≥ 0.5)",
             grepSeconds / checkSeconds, grepCPU / checkCPU))
if binary == nil {
    // A model, not a measurement: with the cores free the check takes at least its calling
    // thread's CPU time and at least its total CPU time spread over the cores.
    let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
    print(String(format: "calling thread CPU %.2f s; idle-machine estimate grep CPU / max(calling thread, CPU / %.0f cores): %.2f",
                 callingThreadCPU, cores, grepCPU / max(callingThreadCPU, checkCPU / cores)))
}
try? FileManager.default.removeItem(atPath: input)
if let keep {
    try? FileManager.default.removeItem(atPath: keep)
    try FileManager.default.moveItem(atPath: output, toPath: keep)
} else {
    try? FileManager.default.removeItem(atPath: output)
}
