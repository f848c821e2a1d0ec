#!/usr/bin/env python3
"""Validate the development corpus annotations (stdlib only).

For every .json under dev/ and test/: the matching .txt exists, its first line is
`source: <URL>`, every required key is present, and every located `text` (and each
duplicate's `first`/`second`, each boilerplate string) occurs at least `occurrence`
times in the text after line 1. Field types are checked too (a placeholder marker
or a missing measure is a string inside its text, metric values are numbers,
arithmetic kinds are known). Exit status 1 when anything is wrong.
"""
import json
import os
import sys

REQUIRED = ["file", "placeholders", "missing_numbers", "doubled_qualifiers", "metrics",
            "arithmetic", "numbering_gaps", "duplicates", "boilerplate", "documents",
            "outline_top_level"]
LOCATED = ["placeholders", "missing_numbers", "doubled_qualifiers", "metrics",
           "arithmetic", "numbering_gaps"]


def count(haystack, needle):
    """Overlapping occurrences, the way `occurrence` indexes them."""
    n, i = 0, haystack.find(needle)
    while i >= 0:
        n += 1
        i = haystack.find(needle, i + 1)
    return n


def check(json_path):
    errors = []
    txt_path = json_path[:-5] + ".txt"
    if not os.path.exists(txt_path):
        return [f"missing text file {txt_path}"]
    with open(txt_path, encoding="utf-8") as f:
        first, _, body = f.read().partition("\n")
    if not first.startswith("source: "):
        errors.append("line 1 is not 'source: <URL>'")
    with open(json_path, encoding="utf-8") as f:
        gold = json.load(f)
    for key in REQUIRED:
        if key not in gold:
            errors.append(f"missing key {key}")
    if gold.get("file") != os.path.basename(txt_path):
        errors.append(f"file is {gold.get('file')!r}, expected {os.path.basename(txt_path)!r}")
    for key in LOCATED:
        for item in gold.get(key, []):
            text, occ = item.get("text"), item.get("occurrence", 1)
            if not text:
                errors.append(f"{key}: item without text")
            elif count(body, text) < occ:
                errors.append(f"{key}: {text!r} occurs {count(body, text)} < {occ} times")
    for item in gold.get("placeholders", []):
        if not isinstance(item.get("placeholder"), str) or item["placeholder"] not in item.get("text", ""):
            errors.append(f"placeholders: marker {item.get('placeholder')!r} is not a string inside its text")
    for item in gold.get("missing_numbers", []):
        if not isinstance(item.get("measure"), str) or item["measure"] not in item.get("text", ""):
            errors.append(f"missing_numbers: measure {item.get('measure')!r} is not a string inside its text")
    for item in gold.get("metrics", []):
        for field in ("value", "value_normalized"):
            if not isinstance(item.get(field), (int, float)):
                errors.append(f"metrics: {item.get('text')!r} has a non-numeric {field}")
        if not isinstance(item.get("unit"), str):
            errors.append(f"metrics: {item.get('text')!r} has no unit")
    for item in gold.get("arithmetic", []):
        if item.get("kind") not in ("sum", "ratio", "growth", "subset"):
            errors.append(f"arithmetic: unknown kind {item.get('kind')!r}")
        if not isinstance(item.get("consistent"), bool):
            errors.append(f"arithmetic: {item.get('text')!r} needs a boolean consistent")
    for item in gold.get("duplicates", []):
        for side in ("first", "second"):
            if count(body, item.get(side, "")) < 1:
                errors.append(f"duplicates: {side} {item.get(side)!r} not found")
    for line in gold.get("boilerplate", []):
        if count(body, line) < 1:
            errors.append(f"boilerplate: {line!r} not found")
    docs = gold.get("documents")
    if not isinstance(docs, int) or docs < 1:
        errors.append("documents must be a positive integer")
    elif len(gold.get("outline_top_level", [])) != docs:
        errors.append("outline_top_level must hold one list per document")
    return errors


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    failed = total = 0
    for split in ("dev", "test"):
        folder = os.path.join(root, split)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".json"):
                continue
            total += 1
            errors = check(os.path.join(folder, name))
            if errors:
                failed += 1
                print(f"FAIL {split}/{name}")
                for e in errors:
                    print(f"  {e}")
    print(f"{total - failed}/{total} annotation files valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
