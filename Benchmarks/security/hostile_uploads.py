#!/usr/bin/env python3
"""/health latency while hostile clients send 50 MB uploads (issue #12).

Starts `taizhang serve` (release build) on a fresh SQLite database with the demo district,
signs in as chengguan.staff, then for --duration seconds runs --clients hostile clients in
parallel, each looping over three kinds of 50 MB upload:

  declared  Content-Length: 50 MB, bogus multipart, bearer token, to /api/entries/1/evidence
  chunked   no Content-Length (chunked), bogus multipart streamed to the same route
  anonymous Content-Length: 50 MB, no credentials, to /ledger (the page upload route)

while one client measures GET /health sequentially (a new connection each time). The same
/health measurement runs first without hostile traffic (baseline). Prints p50/p99/max and what
the hostile requests were answered, and writes JSON (--out). Only 127.0.0.1 is contacted;
every loop is bounded by --duration.
"""
import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

HOST = "127.0.0.1"
MB = 1024 * 1024


def wait_up(port, seconds=180):
    end = time.time() + seconds
    while time.time() < end:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except Exception:
            time.sleep(0.5)
    raise SystemExit("server did not start")


def login(port):
    body = json.dumps({"username": "chengguan.staff", "password": "taizhang2024"}).encode()
    req = urllib.request.Request(f"http://{HOST}:{port}/api/auth/login", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())["token"]


def health_once(port):
    start = time.perf_counter()
    with socket.create_connection((HOST, port), timeout=30) as s:
        s.sendall(f"GET /health HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    return (time.perf_counter() - start) * 1000, data.startswith(b"HTTP/1.1 200")


def measure_health(port, seconds, interval=0.02):
    samples, failures, end = [], 0, time.time() + seconds
    while time.time() < end:
        try:
            ms, ok = health_once(port)
            samples.append(ms)
            failures += 0 if ok else 1
        except Exception:
            failures += 1
        time.sleep(interval)
    return samples, failures


def hostile(port, token, kind, stop, answers, lock):
    boundary = "HostileBoundary"
    junk = (b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.jpg\"\r\n\r\n"
            + os.urandom(64 * 1024))
    chunk = os.urandom(64 * 1024)
    while not stop.is_set():
        started = time.perf_counter()
        status = "error"
        try:
            with socket.create_connection((HOST, port), timeout=60) as s:
                path = "/ledger" if kind == "anonymous" else "/api/entries/1/evidence"
                headers = [f"POST {path} HTTP/1.1", f"Host: {HOST}", f"Content-Type: multipart/form-data; boundary={boundary}",
                           "Connection: close"]
                if kind != "anonymous":
                    headers.append(f"Authorization: Bearer {token}")
                if kind == "chunked":
                    headers.append("Transfer-Encoding: chunked")
                else:
                    headers.append(f"Content-Length: {50 * MB}")
                s.sendall(("\r\n".join(headers) + "\r\n\r\n").encode())
                sent = 0
                try:
                    first = True
                    while sent < 50 * MB and not stop.is_set():
                        piece = junk if first else chunk
                        first = False
                        if kind == "chunked":
                            s.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                        else:
                            s.sendall(piece)
                        sent += len(piece)
                    if kind == "chunked":
                        s.sendall(b"0\r\n\r\n")
                except OSError:
                    pass  # the server answered and closed early: what we want
                s.settimeout(30)
                data = b""
                try:
                    while b"\r\n" not in data:
                        part = s.recv(4096)
                        if not part:
                            break
                        data += part
                except OSError:
                    pass
                status = data.split(b"\r\n", 1)[0].decode(errors="replace") or "closed"
                status = f"{status} after {sent // MB} MB sent"
        except Exception as e:  # noqa: BLE001 - any failure is a data point
            status = f"error {type(e).__name__}"
        elapsed = (time.perf_counter() - started) * 1000
        key = f"{kind}: {' '.join(status.split()[1:3]) if status.startswith('HTTP') else status.split(' after')[0]}"
        with lock:
            answers.setdefault(key, []).append(elapsed)
            answers.setdefault(f"{kind} MB sent", []).append(int(status.split(' after ')[1].split()[0]) if ' after ' in status else -1)


def pct(samples, p):
    s = sorted(samples)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build-release/release/taizhang")
    ap.add_argument("--port", type=int, default=8182)
    ap.add_argument("--duration", type=float, default=30)
    ap.add_argument("--clients", type=int, default=2)
    ap.add_argument("--data-dir", default="/tmp/tzbench-hostile")
    ap.add_argument("--out", default="/tmp/tzbench-hostile.json")
    args = ap.parse_args()

    shutil.rmtree(args.data_dir, ignore_errors=True)
    env = dict(os.environ, TAIZHANG_DATA_DIR=args.data_dir, PORT=str(args.port), HOST=HOST, TAIZHANG_REMINDER_INTERVAL="3600")
    env.pop("DATABASE_URL", None)
    log = open(os.path.join("/tmp", "tzbench-hostile-server.log"), "w")
    server = subprocess.Popen([args.bin, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_up(args.port)
        token = login(args.port)
        baseline, base_fail = measure_health(args.port, min(10, args.duration))

        stop, lock, answers = threading.Event(), threading.Lock(), {}
        kinds = ["declared", "chunked", "anonymous"]
        threads = []
        for i in range(args.clients):
            for kind in kinds:
                t = threading.Thread(target=hostile, args=(args.port, token, kind, stop, answers, lock), daemon=True)
                t.start()
                threads.append(t)
        time.sleep(1)
        loaded, load_fail = measure_health(args.port, args.duration)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        rss = None
        try:
            with open(f"/proc/{server.pid}/status") as f:
                rss = next((int(l.split()[1]) // 1024 for l in f if l.startswith("VmHWM")), None)
        except OSError:
            pass
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)

    result = {
        "baseline": {"n": len(baseline), "p50_ms": pct(baseline, 50), "p99_ms": pct(baseline, 99), "max_ms": max(baseline), "failures": base_fail},
        "under_hostile_uploads": {"clients": args.clients, "kinds": kinds, "n": len(loaded), "p50_ms": pct(loaded, 50),
                                  "p99_ms": pct(loaded, 99), "max_ms": max(loaded), "failures": load_fail},
        "hostile_answers": {k: {"count": len(v), "median": statistics.median(v)} for k, v in sorted(answers.items())},
        "server_peak_rss_mb": rss,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main())
