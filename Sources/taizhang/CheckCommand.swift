import ArgumentParser
import Foundation
import TaizhangText

/// `taizhang check`: parses arguments and hands everything to TaizhangText.CheckRun.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "体检:检查工作总结中的占位符、缺失数字、算术、编号、重复段落和网页残留。",
        discussion: "退出码 / exit status: 0 无问题, 1 存在达到 --fail-on 级别的问题, 2 文件无法读取。"
    )

    @Option(help: "输出格式 text 或 json / output format")
    var format: String = "text"

    @Option(help: "范文语料库目录,用于发现套用范文 / folder of known templates")
    var corpus: String?

    @Option(name: .customLong("fail-on"), help: "error、warning 或 never / exit non-zero at this severity")
    var failOn: String = "error"

    @Option(name: .customLong("max-size"), help: "单个文件大小上限(MB,默认 20)/ largest input accepted, in MB")
    var maxSize: Int = CheckRun.defaultByteLimit / 1_048_576

    @Argument(help: ".txt(UTF-8、UTF-16、GB18030)或 .docx 文件")
    var files: [String]

    func validate() throws {
        guard CheckRun.Format(rawValue: format) != nil else { throw ValidationError("--format 只能是 text 或 json") }
        guard CheckRun.FailOn(rawValue: failOn) != nil else { throw ValidationError("--fail-on 只能是 error、warning 或 never") }
        guard !files.isEmpty else { throw ValidationError("请至少指定一个文件 / give at least one file") }
        guard maxSize > 0, maxSize <= 4096 else { throw ValidationError("--max-size 须在 1 到 4096 (MB) 之间 / must be 1…4096 MB") }
    }

    func run() throws {
        let run = CheckRun(format: CheckRun.Format(rawValue: format) ?? .text,
                           failOn: CheckRun.FailOn(rawValue: failOn) ?? .error,
                           corpusDirectory: corpus.map { URL(fileURLWithPath: $0) },
                           byteLimit: maxSize * 1_048_576)
        if run.format == .json {
            // JSON streams to standard output as each file is checked (memory stays flat).
            let (errors, exitCode) = run.streamJSON(paths: files, to: FileHandle.standardOutput.fileDescriptor)
            for error in errors { FileHandle.standardError.write(Data((error + "\n").utf8)) }
            if exitCode != 0 { throw ExitCode(exitCode) }
            return
        }
        let outcome = run.run(paths: files)
        print(outcome.output, terminator: "")
        for error in outcome.errors { FileHandle.standardError.write(Data((error + "\n").utf8)) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
