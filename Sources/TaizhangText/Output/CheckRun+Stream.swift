import Foundation

extension CheckRun {
    /// What the command line does for `--format json`: each input is read in chunks,
    /// checked line by line and its items spooled as JSON, then its document object is
    /// written to `descriptor` before the next input is read. Memory stays flat whatever
    /// the input's size; the output is the documented JSON (keys sorted), one item per line.
    public func streamJSON(paths: [String], to descriptor: Int32) -> (errors: [String], exitCode: Int32) {
        var errors = [String]()
        var corpus: Corpus? = nil
        if let corpusDirectory {
            do { corpus = try Corpus(directory: corpusDirectory, options: options) } catch {
                errors.append("\(corpusDirectory.path): 无法读取语料库目录 / cannot read corpus folder")
            }
        }
        let workers = self.workers ?? LinePipeline.defaultWorkers
        // With workers, the output is written by a thread of its own too (BackgroundWrites).
        let out = ByteWriter(descriptor: descriptor, background: workers > 0)
        out.write("{\"documents\":[")
        var written = 0
        var worst: Severity? = nil
        for path in paths {
            do {
                var sink = SpoolSink()
                var analyzer: Analyzer? = nil
                var encodingName = TextEncoding.utf8.rawValue
                try StreamingInput.lines(path: path, options: options, deferPreparation: workers > 0,
                                         restart: { sink = SpoolSink() }) { encoding, feed in
                    encodingName = encoding
                    let current = Analyzer(path: path, encoding: encoding, corpus: corpus, sink: sink)
                    analyzer = current
                    guard workers > 0 else { feed { current.consume($0) }; return true }
                    // Decoding and line-local rules on workers, the analyzer in line order here
                    // (LinePipeline); malformed UTF-8 found there sends the file to be decoded whole.
                    let pipeline = LinePipeline(workers: workers, batchLines: batchLines) { current.consume($0, facts: $1) }
                    feed { pipeline.add($0) }
                    pipeline.finish()
                    return !pipeline.malformed
                }
                guard let analyzer else { continue }
                let spans = analyzer.finish()
                out.write(written > 0 ? ",\n" : "\n")
                sink.write(path: path, encoding: encodingName, spans: spans, to: out)
                out.flush()
                written += 1
                if let severity = sink.worst, worst.map({ severity > $0 }) ?? true { worst = severity }
            } catch {
                errors.append(CheckRun.describe(error, path: path))
            }
        }
        out.write("]}\n")
        out.drain()
        if out.failed { errors.append("无法写出结果 / cannot write the output") }
        return (errors, exitCode(worst: worst, unreadable: !errors.isEmpty))
    }
}
