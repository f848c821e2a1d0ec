#!/usr/bin/env bash
# run.sh [OUT_DIR] — the end-to-end browser test (issue #6): starts `taizhang serve` on an
# empty data directory (the demo district loads on first start), walks the staff → leader →
# supervisor flow in headless Chromium (e2e.py), and leaves the screenshots in OUT_DIR.
# Installs chromium, chromium-driver, fonts-noto-cjk and selenium when missing (as root).
# TAIZHANG_BIN=/path/to/taizhang uses a built binary instead of `swift build`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$(mktemp -d -t taizhang-e2e-XXXXXX)}
mkdir -p "$out"

if [ "$(id -u)" = 0 ]; then
  packages=()
  command -v chromium >/dev/null || packages+=(chromium)
  command -v chromedriver >/dev/null || packages+=(chromium-driver)
  fc-list 2>/dev/null | grep -q "Noto Color Emoji" || packages+=(fonts-noto-color-emoji)
  fc-list 2>/dev/null | grep -q "Noto Sans CJK" || packages+=(fonts-noto-cjk)
  if [ ${#packages[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet selenium
fi

bin=${TAIZHANG_BIN:-}
if [ -z "$bin" ]; then
  (cd "$root" && swift build --product taizhang 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\] ' | tail -n 3)
  bin="$root/.build/debug/taizhang"
fi

data=$(mktemp -d -t taizhang-e2e-data-XXXXXX)
port=${E2E_PORT:-18089}  # several people run this on one machine: set E2E_PORT to your own
TAIZHANG_REMINDER_INTERVAL=3600 "$bin" serve --port "$port" --data-dir "$data" >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$out/server.log"; exit 1; }
  sleep 0.5
done

python3 "$here/e2e.py" "http://127.0.0.1:$port" "$out"
echo "screenshots: $out"
