#!/usr/bin/env python3
"""Server benchmark of SPEC §7 (issue #17) against a running release `taizhang serve`:

  1. start the server on a fresh database (the demo, with its service centre, loads);
  2. POST /api/service/centres/{id}/cases/import with a 100,000-case CSV (as the approval
     system exports it: steps, outcomes, some refusals), timed — all or nothing, so the
     whole file is checked and written in one transaction;
  3. GET …/rates?period= (every case's status and the rates per department and window):
     the first request after the import reads the cases from the database, the next ones
     use the in-memory copy the signature query validates — both timed;
  4. GET …/board, timed.

One engine per run (SQLite, or PostgreSQL with --database-url). Python standard library;
reuses the client and server helpers of Benchmarks/server/bench.py.

    python3 Benchmarks/service/server_bench.py --bin .build-release/release/taizhang --engine sqlite
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server"))
from bench import Client, Server, log  # noqa: E402

BEIJING = dt.timezone(dt.timedelta(hours=8))


def make_csv(items, staff, n, seed=17):
    """n cases over the 300 working days before today: most done within the promise."""
    rng = random.Random(seed)
    today = dt.datetime.now(BEIJING).replace(tzinfo=None)
    days = [today - dt.timedelta(days=k) for k in range(1, 440) if (today - dt.timedelta(days=k)).weekday() < 5][:300]
    rows = ["办件编号,事项编码,经办人,受理时间,办结时间,办理结果,不予许可理由,环节"]
    for i in range(n):
        item = rng.choice(items)
        day = rng.choice(days).replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59), second=0, microsecond=0)
        steps = [s for s in item["steps"]]
        t, parts = day, []
        for s in steps:
            used = rng.randint(0, max(s["limit_days"], 0))
            end = t + dt.timedelta(days=used, minutes=rng.randint(5, 50))
            parts.append(f"{s['code']}@{t:%Y-%m-%d %H:%M}~{end:%Y-%m-%d %H:%M}")
            t = end
        done = t if t < today else None
        refused = rng.random() < 0.02
        rows.append(",".join([
            f"BM{i:07d}", item["code"], rng.choice(staff)["work_number"], f"{day:%Y-%m-%d %H:%M}",
            f"{done:%Y-%m-%d %H:%M}" if done else "", ("不予许可" if refused else "准予") if done else "",
            "材料不齐全" if refused and rng.random() < 0.9 else "", "；".join(parts)]))
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def timed(client, method, path, body=None, token=None, headers=None):
    start = time.perf_counter()
    status, data = client.raw(method, path, body, token, headers)
    ms = (time.perf_counter() - start) * 1000
    if status not in (200, 201):
        raise RuntimeError(f"{method} {path} → {status}: {data[:400]!r}")
    return ms, json.loads(data)


def raw(self, method, path, body=None, token=None, headers=None):
    h = {"Accept": "application/json", **(headers or {})}
    if token:
        h["Authorization"] = f"Bearer {token}"
    self.conn = self.conn or __import__("http.client").client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
    self.conn.request(method, path, body=body, headers=h)
    res = self.conn.getresponse()
    return res.status, res.read()


Client.raw = raw


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--engine", default="sqlite")
    ap.add_argument("--database-url")
    ap.add_argument("--data-dir", default="/tmp/tzbench-service")
    ap.add_argument("--port", type=int, default=8182)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=15)
    ap.add_argument("--out")
    args = ap.parse_args()
    shutil.rmtree(args.data_dir, ignore_errors=True)
    if args.database_url:
        if "bench" not in args.database_url.rsplit("/", 1)[-1].split("?")[0]:
            sys.exit("refusing to wipe a database whose name does not contain 'bench'")
        subprocess.run(["psql", args.database_url.split("?")[0], "-q", "-v", "ON_ERROR_STOP=1", "-c",
                        "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"], check=True, timeout=60)
    server = Server(args)
    server.start()
    results = {"engine": args.engine, "cases": args.cases}
    try:
        client = Client(args.port, timeout=600)
        token = client.login("fuwu.supervisor")
        centre = next(u["id"] for u in client.json("GET", "/api/units", token=token) if u["kind"] == "service_center")
        items = client.json("GET", f"/api/service/centres/{centre}/items", token=token)
        staff = client.json("GET", f"/api/service/centres/{centre}/staff", token=token)
        body = make_csv([i for i in items if i["steps"]], staff, args.cases)
        log(f"CSV: {args.cases} cases, {len(body) / 1e6:.1f} MB")
        ms, res = timed(client, "POST", f"/api/service/centres/{centre}/cases/import?filename=bench.csv", body, token,
                        {"Content-Type": "text/csv"})
        assert res["inserted"] == args.cases, res
        results["import_ms"] = ms
        log(f"import: {ms:.0f} ms ({args.cases / ms * 1000:.0f} cases/s)")
        period = f"{dt.datetime.now(BEIJING).year}H1"
        path = f"/api/service/centres/{centre}/rates?period={period}"
        cold, res = timed(client, "GET", path, token=token)
        results["rates_cold_ms"] = cold
        warm = [timed(client, "GET", path, token=token)[0] for _ in range(args.requests)]
        results["rates_warm_ms"] = {"median": statistics.median(warm), "min": min(warm), "max": max(warm)}
        board = [timed(client, "GET", f"/api/service/centres/{centre}/board", token=token)[0] for _ in range(args.requests)]
        results["board_ms"] = {"median": statistics.median(board), "min": min(board), "max": max(board)}
        results["total_cases"] = res["total"]["accepted"]
        log(f"rates cold {cold:.0f} ms, warm median {statistics.median(warm):.0f} ms; board median {statistics.median(board):.0f} ms")
    finally:
        server.stop()
    print(json.dumps(results, ensure_ascii=False, indent=1))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
