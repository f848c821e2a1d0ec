#!/usr/bin/env python3
"""Sums a callgrind output file by function name, over inlined code.

    python3 scripts/checker/callgrind-by-function.py callgrind.out.PID-01            # top 80
    python3 scripts/checker/callgrind-by-function.py callgrind.out.PID-01 REGEX ...  # callees

callgrind_annotate keys a function by the file its inlined lines come from, so one Swift
function shows up as several rows (Rules/X.swift:f, Scanning/LineText.swift:f, …) and its
--tree listings miss the calls made from inlined lines. This reads the raw fn=/cfn=/calls=
records instead: per function its own cost, its inclusive cost (own + calls) and, for each
REGEX, the callees of the three largest matching functions with their call counts.
(Used by cli10, docs/benchmarks.md.)
"""
import collections
import re
import sys

path, patterns = sys.argv[1], sys.argv[2:]
names = {}


def name(text):
    match = re.match(r'\((\d+)\)(?: (.*))?', text)
    if not match:
        return text
    if match.group(2) is not None:
        names[match.group(1)] = match.group(2)
    return names[match.group(1)]


own = collections.Counter()
calls = collections.defaultdict(collections.Counter)
counts = collections.defaultdict(collections.Counter)
function = callee = None
pending, count = False, 0
for line in open(path, errors='replace'):
    if line.startswith('fn='):
        function = name(line[3:].rstrip('\n'))
    elif line.startswith('cfn='):
        callee = name(line[4:].rstrip('\n'))
    elif line.startswith('calls='):
        pending, count = True, int(line[6:].split()[0])
    elif line[:1].isdigit() or line[:1] in '+-*':
        fields = line.split()
        if len(fields) < 2:
            continue
        cost = int(fields[1])
        if pending:
            if callee != function:
                calls[function][callee] += cost
                counts[function][callee] += count
            pending = False
        else:
            own[function] += cost


def short(text):
    return text.replace('$s12TaizhangText', '')[:150]


inclusive = {f: own[f] + sum(calls[f].values()) for f in set(own) | set(calls)}
if not patterns:
    for f, cost in sorted(inclusive.items(), key=lambda item: -item[1])[:80]:
        print(f"{cost:>14,} {own[f]:>13,}  {short(f)}")
for pattern in patterns:
    for f in sorted((f for f in inclusive if re.search(pattern, f)), key=lambda f: -inclusive[f])[:3]:
        print(f"== {inclusive[f]:,} inclusive, {own[f]:,} own  {short(f)}")
        for c, cost in calls[f].most_common(40):
            print(f"   {cost:>13,} ({counts[f][c]:>7,}x) {short(c)}")
