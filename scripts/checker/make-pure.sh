#!/usr/bin/env bash
# scripts/checker/make-pure.sh WORKTREE DEST [summary]
# A side package holding only the pure text targets (TaizhangText, and with "summary" also
# Domain/Document/Process/Summary), symlinked to WORKTREE's sources, tests and fixtures, so the
# checker's tests build in ~1-2 minutes without Vapor/Fluent.
set -euo pipefail
WT=$(cd "$1" && pwd); DEST=$2; WITH=${3:-}
mkdir -p "$DEST/Sources" "$DEST/Tests" "$DEST/Benchmarks"
ln -sfn "$WT/Sources/TaizhangText" "$DEST/Sources/TaizhangText"
ln -sfn "$WT/Tests/TaizhangTextTests" "$DEST/Tests/TaizhangTextTests"
ln -sfn "$WT/Tests/Fixtures" "$DEST/Tests/Fixtures"
ln -sfn "$WT/Benchmarks/checker" "$DEST/Benchmarks/checker"
ln -sfn "$WT/Benchmarks/checker-cli" "$DEST/Benchmarks/checker-cli"
ln -sfn "$WT/docs" "$DEST/docs"
ln -sfn "$WT/scripts" "$DEST/scripts"
EXTRA_T=""; EXTRA_TT=""
if [ "$WITH" = summary ]; then
  for t in TaizhangDomain TaizhangDocument TaizhangProcess TaizhangSummary; do ln -sfn "$WT/Sources/$t" "$DEST/Sources/$t"; done
  ln -sfn "$WT/Tests/TaizhangSummaryTests" "$DEST/Tests/TaizhangSummaryTests"
  EXTRA_T='
        .target(name: "TaizhangDomain", resources: [.copy("Resources")]),
        .target(name: "TaizhangDocument", dependencies: ["TaizhangDomain", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "TaizhangProcess", dependencies: ["TaizhangDomain"], resources: [.copy("Resources")]),
        .target(name: "TaizhangSummary", dependencies: ["TaizhangDomain", "TaizhangDocument", "TaizhangText", "TaizhangProcess"], resources: [.copy("Resources")]),'
  EXTRA_TT='
        .testTarget(name: "TaizhangSummaryTests", dependencies: ["TaizhangSummary", "TaizhangProcess"]),'
fi
cat > "$DEST/Package.swift" <<PKG
// swift-tools-version:6.0
// Side package (not committed): the pure text targets of $WT.
import PackageDescription
let package = Package(
    name: "TaizhangPure",
    dependencies: [.package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19")],
    targets: [
        .target(name: "TaizhangText", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),$EXTRA_T
        .executableTarget(name: "bench-checker", dependencies: ["TaizhangText"], path: "Benchmarks/checker"),
        .executableTarget(name: "bench-checker-cli", dependencies: ["TaizhangText"], path: "Benchmarks/checker-cli"),
        .testTarget(name: "TaizhangTextTests", dependencies: ["TaizhangText"]),$EXTRA_TT
    ]
)
PKG
echo "side package at $DEST -> $WT"
