import Foundation
import Testing
@testable import TaizhangText

/// Probe of the chrome rules on chrome nobody tuned them on (issue #14, session 13): the lines
/// of chrome-wild (site chrome of public pages outside the corpus: government portals,
/// document and template sites, WeChat reposts, journal and news sites, a forum) transplanted
/// into dev documents — each page's chrome as a block above a dev document's body, as a block
/// below it, and each line alone between two of its paragraphs — and the same pages' body lines
/// (near misses) alone between two paragraphs. Each chrome line should be reported as
/// boilerplate; the dev document's body lines and the near misses should stay text. Printed;
/// the floors keep what was reached. pages.txt is what chrome8's rules were written on;
/// holdout.txt was gathered after them and is not tuned on.
@Suite struct MetamorphicWildChromeTests {
    private enum Tag { case chrome, nearMiss, body, blank }

    private struct Reading {
        var tally: [String: (tried: Int, held: Int)] = [:]
        var bodyLines = 0, extras = 0
        var tried: Int { ["head", "tail", "between paragraphs"].compactMap { tally[$0]?.tried }.reduce(0, +) }
        var held: Int { ["head", "tail", "between paragraphs"].compactMap { tally[$0]?.held }.reduce(0, +) }
        var nearMissesTaken: Int { tally["near misses reported"]?.held ?? 0 }
    }

    /// Transplants `file`'s lines into three dev documents per page, spread over dev, each with
    /// two paragraphs or more; prints the reading and writes the misses.
    private func probe(_ file: String) throws -> Reading {
        let pages = try WildChrome.pages(file)
        // The hosts are pinned to dev as it stood when the floors were set (series a–w):
        // a host picked by index moves whenever dev grows, and the body lines taken are
        // a property of the hosts (a template site's title line next to a transplant), so
        // a new series shifted the body floor without any rule changing (series x: 55 of
        // 9359 against 55 of 15824). Twenty-first pass: the list is written down
        // (chrome-wild/hosts.txt, the documents main's rules and gold of 43390c5 chose by
        // "two paragraphs of 30 letters that are neither gold nor reported"): a rule that
        // reports a host's paragraph (a credit glued to its end) dropped the host and moved
        // every later pick, so the probe measured other hosts (9309 body lines, not 15824).
        let pinned = Set(try String(contentsOf: Fixtures.root.appendingPathComponent("chrome-wild/hosts.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init))
        let hosts = try Fixtures.corpus("dev").filter { pinned.contains($0.text.lastPathComponent) }
            .map { try MetamorphicChrome.Document(text: $0.text, gold: $0.gold) }
        var reading = Reading(), misses: [String] = [], taken: [String] = []
        for (pageIndex, page) in pages.enumerated() {
            for round in 0..<3 {
                let b = hosts[(pageIndex * 7 + round * 89) % hosts.count]
                let body = Array(b.body.drop { $0.trimmingCharacters(in: .whitespaces).isEmpty })
                let tagged = body.map { ($0, $0.trimmingCharacters(in: .whitespaces).isEmpty ? Tag.blank : .body) }
                let paragraphs = body.indices.filter { body[$0].count >= 30 }
                let cut = paragraphs.isEmpty ? body.count / 2 : paragraphs[(paragraphs.count - 1) / 2] + 1
                let block = page.chrome.map { ($0, Tag.chrome) }
                var transplants: [(String, [(String, Tag)])] = []
                if !block.isEmpty {
                    transplants.append(("head", [("", .blank)] + block + tagged))
                    transplants.append(("tail", [("", .blank)] + tagged + block))
                }
                for line in page.chrome {
                    transplants.append(("between paragraphs", [("", .blank)] + Array(tagged[..<cut]) + [(line, .chrome)] + Array(tagged[cut...])))
                }
                for line in page.body {
                    transplants.append(("near miss", [("", .blank)] + Array(tagged[..<cut]) + [(line, .nearMiss)] + Array(tagged[cut...])))
                }
                for (position, lines) in transplants {
                    let reported = MetamorphicChrome.boilerplateLines(of: lines.map(\.0), path: b.name)
                    for (number, (text, tag)) in lines.enumerated() {
                        let hit = reported.contains(number)
                        switch tag {
                        case .chrome:
                            reading.tally[position, default: (0, 0)].tried += 1
                            if hit { reading.tally[position, default: (0, 0)].held += 1 } else { misses.append("\(page.url) → \(b.name) [\(position)] \(text.prefix(70))") }
                        case .nearMiss:
                            reading.tally["near misses reported", default: (0, 0)].tried += 1
                            if hit { reading.tally["near misses reported", default: (0, 0)].held += 1; taken.append("\(page.url) → \(b.name) [near miss] \(text.prefix(70))") }
                        case .body:
                            reading.bodyLines += 1
                            if hit { reading.extras += 1; taken.append("\(page.url) → \(b.name) [\(position)] \(text.prefix(70))") }
                        case .blank: break
                        }
                    }
                }
            }
        }
        let tag = file.replacingOccurrences(of: ".txt", with: "")
        print("wild chrome (\(file)) transplanted into dev documents:\n"
            + reading.tally.keys.sorted().map { "\($0): \(reading.tally[$0]!.held)/\(reading.tally[$0]!.tried)" }.joined(separator: "\n"))
        print("wild chrome (\(file)) lines found: \(reading.held) of \(reading.tried); dev documents' body lines reported: \(reading.extras) of \(reading.bodyLines)")
        MetamorphicText.write(misses, tag: "wild-chrome-\(tag)")
        MetamorphicText.write(taken, tag: "wild-chrome-\(tag)-taken")
        return reading
    }

    @Test func wildChromeIsChromeInDevDocuments() throws {
        // Setup, act
        let reading = try probe("pages.txt")
        // Assert
        // Session 13, main's rules (d10dc4c): head 518/582, tail 519/582, between paragraphs
        // 465/582 — 1502 of 1746 (0.860); near misses 0 of 132; the dev documents' body 54 of 15824.
        // After chrome8's shapes (BoilerplateRule+WildShapes and a few words): head 572/582, tail
        // 564/582, between paragraphs 549/582 — 1685 of 1746 (0.965); near misses 0 of 132; body
        // 55 of 15824 (one more: a numbered paragraph right after a photo credit now found, read
        // as a preview's first chunk by PageChunks).
        #expect(reading.tried > 1500)
        #expect(Double(reading.held) >= 0.96 * Double(reading.tried))
        #expect(reading.nearMissesTaken == 0)
        #expect(Double(reading.extras) <= 0.0035 * Double(reading.bodyLines))
    }

    @Test func heldOutWildChromeIsChromeInDevDocuments() throws {
        // Setup, act
        let reading = try probe("holdout.txt")
        // Assert
        // Session 13, gathered after chrome8's rules were written, scored once: main's rules
        // (d10dc4c) head 120/129, tail 105/129, between paragraphs 90/129 — 315 of 387 (0.814);
        // chrome8's 120, 108, 93 — 321 of 387 (0.829); near misses 0 of 33 and the dev documents'
        // body 17 of 2663 both times. Not tuned on: the floors keep that reading.
        #expect(reading.tried > 300)
        #expect(Double(reading.held) >= 0.82 * Double(reading.tried))
        #expect(reading.nearMissesTaken == 0)
        #expect(Double(reading.extras) <= 0.0065 * Double(reading.bodyLines))
    }
}
