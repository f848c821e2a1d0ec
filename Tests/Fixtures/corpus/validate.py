#!/usr/bin/env python3
"""Validate the development corpus (stdlib only).

For every .json under dev/ and test/ it checks that the matching .txt exists, that line 1 of the
.txt is `source: <URL>`, that every required key is present, and that every located string
(`text`, `first`, `second`, boilerplate) occurs in the text after line 1 at least `occurrence`
times (overlapping matches count). It also reports a source URL used twice and prints the number
of annotated items per category and split. Exit code 0 when everything passes, 1 otherwise.

Usage: python3 Tests/Fixtures/corpus/validate.py [corpus-dir]
"""
import json
import os
import sys

REQUIRED = ["file", "placeholders", "missing_numbers", "doubled_qualifiers", "metrics", "arithmetic",
            "numbering_gaps", "duplicates", "boilerplate", "documents", "outline_top_level"]
LOCATED = ["placeholders", "missing_numbers", "doubled_qualifiers", "metrics", "arithmetic", "numbering_gaps"]
ITEM_KEYS = {
    "placeholders": ["text", "placeholder", "occurrence"],
    "missing_numbers": ["text", "measure", "occurrence"],
    "doubled_qualifiers": ["text", "occurrence"],
    "metrics": ["text", "value", "unit", "value_normalized", "qualifier", "occurrence"],
    "arithmetic": ["text", "kind", "statement", "consistent", "note"],
    "numbering_gaps": ["text", "expected", "found"],
    "duplicates": ["first", "second", "similarity"],
}
KINDS = {"sum", "ratio", "growth", "subset"}
COUNTED = LOCATED + ["duplicates", "boilerplate"]


def occurrences(body, needle):
    """Overlapping count, so that `occurrence` means the k-th start position."""
    count, start = 0, body.find(needle)
    while start >= 0:
        count += 1
        start = body.find(needle, start + 1)
    return count


def check_file(folder, name, errors, sources):
    path = os.path.join(folder, name)
    where = os.path.relpath(path)
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except ValueError as error:
        errors.append(f"{where}: not valid JSON ({error})")
        return None
    txt_path = path[:-len(".json")] + ".txt"
    if not os.path.exists(txt_path):
        errors.append(f"{where}: missing {os.path.basename(txt_path)}")
        return None
    raw = open(txt_path, encoding="utf-8").read()
    first, _, body = raw.partition("\n")
    if not first.startswith("source: ") or len(first) <= len("source: "):
        errors.append(f"{where}: line 1 of the .txt is not 'source: <URL>'")
    else:
        sources.setdefault(first[len("source: "):].strip(), []).append(where)
    for key in REQUIRED:
        if key not in gold:
            errors.append(f"{where}: missing key '{key}'")
    if errors and any(e.startswith(where + ": missing key") for e in errors):
        return None
    if gold["file"] != os.path.basename(txt_path):
        errors.append(f"{where}: 'file' is {gold['file']!r}, expected {os.path.basename(txt_path)!r}")
    for key, fields in ITEM_KEYS.items():
        for index, item in enumerate(gold[key]):
            for field in fields:
                if field not in item:
                    errors.append(f"{where}: {key}[{index}] lacks '{field}'")
    for key in LOCATED:
        for index, item in enumerate(gold[key]):
            text, wanted = item.get("text", ""), item.get("occurrence", 1)
            if not text:
                errors.append(f"{where}: {key}[{index}] has an empty text")
            elif occurrences(body, text) < wanted:
                errors.append(f"{where}: {key}[{index}] {text!r} occurs {occurrences(body, text)} time(s), "
                              f"occurrence {wanted} wanted")
    for index, item in enumerate(gold["arithmetic"]):
        if item.get("kind") not in KINDS:
            errors.append(f"{where}: arithmetic[{index}] kind {item.get('kind')!r} not in {sorted(KINDS)}")
        if not isinstance(item.get("consistent"), bool):
            errors.append(f"{where}: arithmetic[{index}] consistent must be true or false")
    for index, item in enumerate(gold["metrics"]):
        if not all(isinstance(item.get(f), (int, float)) for f in ("value", "value_normalized")):
            errors.append(f"{where}: metrics[{index}] value/value_normalized must be numbers")
    for index, item in enumerate(gold["duplicates"]):
        for field in ("first", "second"):
            if occurrences(body, item.get(field, "")) < 1:
                errors.append(f"{where}: duplicates[{index}].{field} not found")
        if not isinstance(item.get("similarity"), str):
            errors.append(f"{where}: duplicates[{index}].similarity must be a string (exact, near)")
    for line in gold["boilerplate"]:
        if occurrences(body, line) < 1:
            errors.append(f"{where}: boilerplate {line!r} not found")
    if not isinstance(gold["documents"], int) or gold["documents"] < 1:
        errors.append(f"{where}: documents must be a positive integer")
    elif len(gold["outline_top_level"]) != gold["documents"]:
        errors.append(f"{where}: outline_top_level has {len(gold['outline_top_level'])} list(s) "
                      f"for {gold['documents']} document(s)")
    counts = {key: len(gold[key]) for key in COUNTED}
    counts["documents"] = gold["documents"] if isinstance(gold["documents"], int) else 0
    return counts


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, sources, totals = [], {}, {}
    for split in ("dev", "test"):
        folder = os.path.join(root, split)
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json")) if os.path.isdir(folder) else []
        split_total = {key: 0 for key in COUNTED}
        split_total["files"] = 0
        split_total["documents"] = 0
        for name in names:
            counts = check_file(folder, name, errors, sources)
            split_total["files"] += 1
            for key, value in (counts or {}).items():
                split_total[key] += value
        totals[split] = split_total
        orphans = sorted(n for n in os.listdir(folder) if n.endswith(".txt")
                         and n[:-4] + ".json" not in names) if os.path.isdir(folder) else []
        for orphan in orphans:
            errors.append(f"{split}/{orphan}: no .json annotation")
    for url, users in sources.items():
        if len(users) > 1:
            errors.append(f"source {url} used by {len(users)} files: {', '.join(users)}")
    columns = ["files", "documents"] + COUNTED
    print("split  " + "  ".join(columns))
    for split, counts in totals.items():
        print(f"{split:<6} " + "  ".join(str(counts[c]).rjust(len(c)) for c in columns))
    for error in errors:
        print("ERROR", error)
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
