#!/bin/sh
# Proves that two builds of the streaming check write the same JSON, byte for byte:
#   scripts/checker/compare-cli.sh BEFORE/bench-checker-cli AFTER/bench-checker-cli [MB]
# (each built with `swift build -c release --product bench-checker-cli` from its sources).
# Inputs: the seeds repeated to MB (default 50), and the corpus texts (dev + test) joined
# and repeated to 3 MB. The AFTER binary is also run with 0 and 2 worker threads.
set -eu
before=$1; after=$2; mb=${3:-50}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp "$root"/Tests/Fixtures/corpus/dev/*.txt "$root"/Tests/Fixtures/corpus/test/*.txt "$work/corpus/"
status=0
compare() {   # name, arguments…
    name=$1; shift
    "$before" "$@" --keep "$work/before.json" > /dev/null
    for workers in default 0 2; do
        if [ "$workers" = default ]; then "$after" "$@" --keep "$work/after.json" > /dev/null
        else "$after" "$@" --workers "$workers" --keep "$work/after.json" > /dev/null; fi
        if cmp -s "$work/before.json" "$work/after.json"; then
            echo "identical: $name, workers $workers ($(wc -c < "$work/after.json") bytes)"
        else
            echo "DIFFERENT: $name, workers $workers"; status=1
        fi
    done
}
compare "seeds, $mb MB" --megabytes "$mb"
compare "corpus texts, 3 MB" --megabytes 3 --seeds "$work/corpus"
exit $status
