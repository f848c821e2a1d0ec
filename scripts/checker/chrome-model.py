#!/usr/bin/env python3
"""A small statistical line model for website chrome (issue #14, chromemodel24).

Fitted on dev's gold boilerplate lines, used only where the readers said nothing. This script
  1. reads every dev text, its gold chrome lines and the lines the readers reported
     (a dump written by the accuracy run with TAIZHANG_CHROME_LINES set:
      TAIZHANG_CHROME_LINES=1 TAIZHANG_ACCURACY_MISSES=/tmp/x swift test --skip-build \
        --filter "CorpusAccuracyTests/devSplitIsScored"   ->  /tmp/x.dev.txt),
  2. builds each line's features (character bigrams of the folded form, length, shares of digits,
     Latin letters and punctuation, the closing mark, a sentence inside, position against the
     body's first and last sentence, the readers' verdicts on the neighbours),
  3. fits a logistic regression (numpy, L2) and VALIDATES BY SERIES LEFT OUT: for every series
     (the file id's letters: a, b, …, zi) the model is fitted without it and scores its lines that
     the readers did not report; the lines above a threshold are what the model would add,
  4. prints readers alone vs readers + model per series and in aggregate, for a grid of thresholds.

Usage: chrome-model.py DUMP [--classes] [--guards] [--unread] [--no-bigrams] [--no-neighbours] [--at T] [--list T]
Only dev is read (never the test split).
"""
import argparse, collections, json, math, os, re, sys, unicodedata

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load_t2s():
    src = open(os.path.join(ROOT, "Sources/TaizhangText/Scanning/TraditionalChinese.swift"), encoding="utf-8").read()
    table = {}
    for chunk in re.findall(r'"([^"\\]*)"', src):
        if len(chunk) % 2:
            continue
        for i in range(0, len(chunk), 2):
            table[chunk[i]] = chunk[i + 1]
    return table


T2S = load_t2s()


def fold(text):
    """The analysis form, as `LineText.norm` has it: half-width, simplified, no spaces."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isspace():
            continue
        out.append(T2S.get(ch, ch))
    return "".join(out)


SENTENCE_END = set("。!?;")   # after NFKC: full-width ! ? ; are half-width


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def shape(line):
    """Shape features of a folded line (names are the table's keys)."""
    f = []
    n = len(line)
    f.append("len:" + ("1-4" if n <= 4 else "5-8" if n <= 8 else "9-12" if n <= 12 else "13-20" if n <= 20
                       else "21-30" if n <= 30 else "31-60" if n <= 60 else ">60"))
    digits = sum(ch.isdigit() for ch in line)
    latin = sum("a" <= ch.lower() <= "z" for ch in line)
    cjk = sum(is_cjk(ch) for ch in line)
    punct = n - digits - latin - cjk
    for name, count in (("digit", digits), ("latin", latin), ("punct", punct)):
        share = count / n
        f.append(name + ":" + ("0" if count == 0 else "low" if share < 0.2 else "mid" if share < 0.5 else "high"))
    last = line[-1]
    f.append("end:" + (last if last in "。;:,!?)】|>" else "digit" if last.isdigit() else "cjk" if is_cjk(last) else "other"))
    f.append("sentence:" + str(any(ch in SENTENCE_END for ch in line[:-1]) or (last in SENTENCE_END and n >= 20)))
    f.append("time:" + str(bool(re.search(r"\d{1,2}:\d{2}", line))))
    f.append("date:" + str(bool(re.search(r"\d{4}[-/.年]\d{1,2}", line))))
    f.append("sep:" + str(bool(re.search(r"[|>/]|\s{2}", line))))
    return f


def bigrams(line):
    padded = "^" + line + "$"
    return ["b:" + padded[i:i + 2] for i in range(len(padded) - 1)]


def read_dump(path):
    gold, found = collections.defaultdict(set), collections.defaultdict(set)
    pattern = re.compile(r"^(\S+\.txt): chrome line (gold|found): (\d+)$")
    for row in open(path, encoding="utf-8"):
        m = pattern.match(row.rstrip("\n"))
        if m:
            (gold if m.group(2) == "gold" else found)[m.group(1)].add(int(m.group(3)))
    return gold, found


def series_of(name):
    return re.match(r"([a-z]+)", name).group(1)


def documents(corpus, gold, found):
    """Per file: (series, [(line number, raw, folded, gold?, found?)]) for non-empty lines after line 1."""
    out = {}
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt"):
            continue
        raw = open(os.path.join(corpus, name), encoding="utf-8").read().split("\n")
        rows = []
        for number, text in enumerate(raw, start=1):
            if number == 1:
                continue
            folded = fold(text.rstrip("\r"))
            if folded:
                rows.append((number, text, folded, number in gold[name], number in found[name]))
        out[name] = (series_of(name), rows)
    return out


def position(rows, i):
    """Where line i stands against the body's first and last sentence (a line of 20 letters or
    more ending on a sentence mark), and its index from the top and the bottom."""
    prose = [k for k, r in enumerate(rows) if len(r[2]) >= 20 and r[2][-1] in SENTENCE_END]
    first, last = (prose[0], prose[-1]) if prose else (len(rows), -1)
    f = ["pos:" + ("before" if i < first else "after" if i > last else "inside")]
    top, bottom = i, len(rows) - 1 - i
    bucket = lambda k: "0" if k == 0 else "1" if k == 1 else "2-3" if k <= 3 else "4-7" if k <= 7 else "8+"
    f.append("top:" + bucket(top))
    f.append("bottom:" + bucket(bottom))
    return f


def class_bigrams(line):
    """Bigrams of character classes, punctuation kept (H: a CJK letter, D: a digit, L: Latin):
    a site's words change from site to site, the shape of its rows (`D:D`, `H:D-`) less so."""
    cls = "".join("H" if is_cjk(ch) else "D" if ch.isdigit() else "L" if "a" <= ch.lower() <= "z" else ch for ch in line)
    padded = "^" + cls + "$"
    return ["c:" + padded[k:k + 2] for k in range(len(padded) - 1)]


def block(rows, i):
    """The run of short lines without a sentence mark the line stands in, and the readers'
    verdicts within two lines (chrome comes in blocks)."""
    short = lambda r: len(r[2]) <= 30 and not any(ch in SENTENCE_END for ch in r[2])
    run = 0
    if short(rows[i]):
        a = i
        while a > 0 and short(rows[a - 1]): a -= 1
        b = i
        while b + 1 < len(rows) and short(rows[b + 1]): b += 1
        run = b - a + 1
    near = sum(rows[k][4] for k in range(max(0, i - 2), min(len(rows), i + 3)) if k != i)
    return ["run:" + ("0" if run == 0 else "1" if run == 1 else "2-3" if run <= 3 else "4+"), "near:" + str(near)]


CLASSES = False


def features(rows, i):
    line = rows[i][2]
    f = shape(line) + position(rows, i) + bigrams(line)
    if CLASSES:
        f += class_bigrams(line) + block(rows, i)
    prev_found = i > 0 and rows[i - 1][4]
    next_found = i + 1 < len(rows) and rows[i + 1][4]
    f.append("prev:" + str(prev_found))
    f.append("next:" + str(next_found))
    f.append("both:" + str(prev_found and next_found))
    return f


def build(docs):
    items = []   # (file, series, line number, features, gold, found)
    for name, (series, rows) in docs.items():
        for i, r in enumerate(rows):
            items.append((name, series, r[0], features(rows, i), r[3], r[4], r[1]))
    return items


def fit(items, vocab_min=3, l2=1.0, epochs=60, lr=0.5):
    counts = collections.Counter(f for it in items for f in set(it[3]))
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= vocab_min))}
    rows, cols = [], []
    for n, it in enumerate(items):
        for f in set(it[3]):
            k = vocab.get(f)
            if k is not None:
                rows.append(n); cols.append(k)
    rows, cols = np.array(rows), np.array(cols)
    y = np.array([1.0 if it[4] else 0.0 for it in items])
    w = np.zeros(len(vocab)); b = 0.0
    N = len(items)
    # Full-batch gradient descent with Adagrad on a sparse design (rows, cols).
    gw2 = np.full(len(vocab), 1e-8); gb2 = 1e-8
    for _ in range(epochs):
        z = np.bincount(rows, weights=w[cols], minlength=N) + b
        p = 1 / (1 + np.exp(-z))
        err = p - y
        gw = np.bincount(cols, weights=err[rows], minlength=len(vocab)) / N + l2 * w / N
        gb = err.mean()
        gw2 += gw * gw; gb2 += gb * gb
        w -= lr * gw / np.sqrt(gw2); b -= lr * gb / math.sqrt(gb2)
    return vocab, w, b


def score(model, feats):
    vocab, w, b = model
    z = b + sum(w[vocab[f]] for f in set(feats) if f in vocab)
    return 1 / (1 + math.exp(-z))


HEADING = re.compile(r"^([一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十\d]+[))]|\d+[、.](?!\d)|第[一二三四五六七八九十\d]+[章节部分篇条])")


def guarded(item):
    """Lines the model never adds (the brief's structural guards): the text's first line (its
    title: a document's own title and the page's copy of it look alike), a heading of the outline,
    a line holding a sentence (a sentence mark before its end, or ending on 。 with 20 letters)."""
    feats = item[3]
    line = fold(item[6])
    if "top:0" in feats or HEADING.match(line):
        return True
    return "sentence:True" in feats or line.endswith("。")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "Tests/Fixtures/corpus/dev"))
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9,0.95,0.97,0.99")
    ap.add_argument("--list", type=float, default=None, help="print the added lines at this threshold")
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--unread", action="store_true", help="fit on the lines the readers did not report only")
    ap.add_argument("--guards", action="store_true",
                    help="structural guards on the lines the model may add: not the first line, no heading, no sentence")
    ap.add_argument("--no-neighbours", action="store_true", help="without the readers' verdicts on the neighbours")
    ap.add_argument("--at", type=float, default=0.9, help="threshold of the per-series recall/precision table")
    ap.add_argument("--no-bigrams", action="store_true", help="shape and position only")
    ap.add_argument("--classes", action="store_true", help="add class bigrams and block features")
    args = ap.parse_args()
    global CLASSES
    CLASSES = args.classes
    gold, found = read_dump(args.dump)
    docs = documents(args.corpus, gold, found)
    items = build(docs)
    if args.no_neighbours:
        items = [it[:3] + ([f for f in it[3] if f.split(":")[0] not in ("prev", "next", "both")],) + it[4:] for it in items]
    if args.no_bigrams:
        items = [it[:3] + ([f for f in it[3] if not f.startswith("b:")],) + it[4:] for it in items]
    series = sorted({it[1] for it in items})
    thresholds = [float(t) for t in args.thresholds.split(",")]
    per, alone = {}, {}
    listed = []
    for s in series:
        train = [it for it in items if it[1] != s and not (args.unread and it[5])]
        held = [it for it in items if it[1] == s]
        model = fit(train, l2=args.l2, epochs=args.epochs)
        cand = [(score(model, it[3]), it) for it in held if not it[5] and not (args.guards and guarded(it))]
        g = sum(it[4] for it in held); rf = sum(it[5] for it in held); rt = sum(it[4] and it[5] for it in held)
        per[s] = (g, rf, rt, [(sc, it[4]) for sc, it in cand])
        alone[s] = [(score(model, it[3]), it[4]) for it in held]
        if args.list is not None:
            listed += [(sc, it) for sc, it in cand if sc >= args.list]
    print("lines: %d, gold chrome %d, reported %d" % (len(items), sum(it[4] for it in items), sum(it[5] for it in items)))
    print("| threshold | added | added right | precision of added | recall readers | recall readers+model | precision readers+model |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    G = sum(v[0] for v in per.values()); RF = sum(v[1] for v in per.values()); RT = sum(v[2] for v in per.values())
    for t in thresholds:
        add = sum(1 for v in per.values() for sc, gd in v[3] if sc >= t)
        right = sum(1 for v in per.values() for sc, gd in v[3] if sc >= t and gd)
        print("| %.3f | %d | %d | %s | %.3f | %.3f | %.3f |" % (t, add, right, "%.3f" % (right / add) if add else "-",
              RT / G, (RT + right) / G, (RT + right) / (RF + add)))
    print()
    print("the model alone on every line of the left-out series (no readers): threshold, recall, precision")
    for t in thresholds:
        flagged = [gd for v in alone.values() for sc, gd in v if sc >= t]
        print("| %.3f | %.3f | %.3f |" % (t, sum(flagged) / G, sum(flagged) / len(flagged) if flagged else 0))
    print()
    print("per series (left out), at each threshold: added/right")
    print("| series | gold | readers found right | " + " | ".join("%.3f" % t for t in thresholds) + " |")
    for s in series:
        g, rf, rt, cand = per[s]
        cells = ["%d/%d" % (sum(sc >= t for sc, gd in cand), sum(sc >= t and gd for sc, gd in cand)) for t in thresholds]
        print("| %s | %d | %d | %s |" % (s, g, rt, " | ".join(cells)))
    print()
    print("per series at threshold %.3f: boilerplate recall / precision, readers alone -> readers + model" % args.at)
    print("| series | gold | readers alone | readers + model | added (right) |")
    print("|---|---:|---|---|---:|")
    for s in series:
        g, rf, rt, cand = per[s]
        add = sum(sc >= args.at for sc, gd in cand); right = sum(sc >= args.at and gd for sc, gd in cand)
        pr = lambda t, f: "%.3f" % (t / f) if f else "-"
        print("| %s | %d | %.3f / %s | %.3f / %s | %d (%d) |" % (s, g, rt / g, pr(rt, rf), (rt + right) / g, pr(rt + right, rf + add), add, right))
    if listed:
        print()
        for sc, it in sorted(listed, key=lambda x: -x[0]):
            print("%.3f %s %s:%d %s" % (sc, "GOLD" if it[4] else "body", it[0], it[2], it[6][:50]))


if __name__ == "__main__":
    main()
