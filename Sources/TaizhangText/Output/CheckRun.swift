import Foundation

/// What `taizhang check` does, kept out of the executable so the server and tests can
/// run it too: check files, render, and decide the exit status.
public struct CheckRun: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, json }
    public enum FailOn: String, Sendable, CaseIterable { case error, warning, never }

    /// Exit status: 0 clean, 1 findings at or above --fail-on, 2 unreadable input.
    public static let exitFindings: Int32 = 1
    public static let exitUnreadable: Int32 = 2

    /// The command line refuses inputs above this size unless told otherwise (--max-size):
    /// a summary is a few hundred kilobytes; 20 MB is a mistake or an attack.
    public static let defaultByteLimit = 20 * 1_048_576

    public var format: Format
    public var failOn: FailOn
    public var corpusDirectory: URL?
    public var byteLimit: Int
    /// Worker threads for the line-local rules of the streaming JSON output (nil: one per
    /// idle core, see `LinePipeline.defaultWorkers`; 0: everything on the calling thread).
    /// The output is the same.
    public var workers: Int? = nil
    /// The workers a run with `workers == nil` starts now.
    public static var defaultWorkers: Int { LinePipeline.defaultWorkers }
    /// Lines per worker batch (tests make it small to cross many batch boundaries).
    var batchLines = LinePipeline.batchLines

    public init(format: Format = .text, failOn: FailOn = .error, corpusDirectory: URL? = nil,
                byteLimit: Int = CheckRun.defaultByteLimit) {
        self.format = format
        self.failOn = failOn
        self.corpusDirectory = corpusDirectory
        self.byteLimit = byteLimit
    }

    var options: CheckOptions { CheckOptions(byteLimit: byteLimit) }

    /// The message for an input that could not be read; a size refusal says how to raise the limit.
    static func describe(_ error: Error, path: String) -> String {
        guard let error = error as? TextInputError else { return "\(path): \(error)" }
        if case .tooLarge = error { return error.description + "(可用 --max-size <MB> 提高上限 / raise it with --max-size <MB>)" }
        return error.description
    }

    public struct Outcome: Sendable {
        public var output: String
        public var errors: [String]
        public var exitCode: Int32
    }

    public func run(paths: [String]) -> Outcome {
        var errors = [String]()
        var corpus: Corpus? = nil
        if let corpusDirectory {
            do { corpus = try Corpus(directory: corpusDirectory) } catch {
                errors.append("\(corpusDirectory.path): 无法读取语料库目录 / cannot read corpus folder")
            }
        }
        var reports = [DocumentReport]()
        for path in paths {
            do {
                reports.append(try Checker.check(fileAt: URL(fileURLWithPath: path), corpus: corpus, options: options))
            } catch {
                errors.append(CheckRun.describe(error, path: path))
            }
        }
        let report = CheckReport(documents: reports)
        let output = format == .json ? ReportRenderer.json(report) + "\n" : ReportRenderer.text(report)
        return Outcome(output: output, errors: errors, exitCode: exitCode(reports, unreadable: !errors.isEmpty))
    }

    func exitCode(_ reports: [DocumentReport], unreadable: Bool) -> Int32 {
        exitCode(worst: reports.compactMap(\.worstSeverity).max(), unreadable: unreadable)
    }

    func exitCode(worst: Severity?, unreadable: Bool) -> Int32 {
        if unreadable { return CheckRun.exitUnreadable }
        let threshold: Severity
        switch failOn {
        case .never: return 0
        case .error: threshold = .error
        case .warning: threshold = .warning
        }
        return worst.map { $0 >= threshold ? CheckRun.exitFindings : 0 } ?? 0
    }
}
