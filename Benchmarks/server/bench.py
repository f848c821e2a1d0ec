#!/usr/bin/env python3
"""Server benchmarks of the foundation issue, against a running `taizhang serve` (release build).

One engine per invocation (SQLite, or PostgreSQL with --database-url). Steps:

 1. start the server on a fresh database (the demo district is loaded: logins, units, plans);
 2. wrk, 32 connections: GET /health (baseline), then POST /api/entries (bearer token of
    chengguan.staff), both on the same server in the same run;
 3. POST /api/entries/batch with 10,000 entries per request (one warm-up, then --batches timed);
 4. stop the server, add 10,000 street units under one new county and ~110,000 submissions of
    the monthly plan (most on time, some late, some missing) with direct SQL, restart, and time
    GET /api/matrix over 12 monthly periods with the supervisor's token (--matrix-requests, after
    warm-ups), next to the sequential latency of GET /health from the same client.

Prints a results table and writes the numbers as JSON (--out). Python 3 standard library only;
needs `wrk`, and `sqlite3` or `psql` for the matrix setup. Only 127.0.0.1 is contacted.
"""
import argparse
import datetime as dt
import http.client
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PASSWORD = "taizhang2024"
BEIJING = dt.timezone(dt.timedelta(hours=8))


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- HTTP

class Client:
    """Keep-alive HTTP/1.1 client on 127.0.0.1 (one connection, reopened on failure)."""

    def __init__(self, port, timeout=120):
        self.port, self.timeout, self.conn = port, timeout, None

    def request(self, method, path, body=None, token=None):
        headers = {"Accept": "application/json"}
        if body is not None:
            if not isinstance(body, (bytes, bytearray)):
                body = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                res = self.conn.getresponse()
                data = res.read()
                return res.status, data
            except (ConnectionError, http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise

    def json(self, method, path, body=None, token=None, expect=(200, 201)):
        status, data = self.request(method, path, body, token)
        if status not in expect:
            raise RuntimeError(f"{method} {path} → {status}: {data[:300]!r}")
        return json.loads(data) if data else None

    def login(self, username):
        return self.json("POST", "/api/auth/login", {"username": username, "password": PASSWORD})["token"]


# --------------------------------------------------------------------------- server

class Server:
    def __init__(self, args):
        self.args, self.proc, self.logfile = args, None, None

    def start(self):
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        if self.args.database_url:
            env["DATABASE_URL"] = self.args.database_url
        log_path = os.path.join(self.args.data_dir, "server.log")
        os.makedirs(self.args.data_dir, exist_ok=True)
        self.logfile = open(log_path, "ab")
        cmd = [self.args.bin, "serve", "--data-dir", self.args.data_dir, "--port", str(self.args.port),
               "--hostname", "127.0.0.1"]
        log("starting: " + " ".join(cmd) + (" (DATABASE_URL set)" if self.args.database_url else ""))
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.logfile, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.time() + 300  # first start loads the demo district
        client = Client(self.args.port, timeout=5)
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {log_path}")
            try:
                if client.request("GET", "/health")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError("server did not answer /health within 300 s")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self.logfile:
            self.logfile.close()
            self.logfile = None


# --------------------------------------------------------------------------- wrk

def wrk(args, path, script, env_extra=None, duration=None):
    duration = duration or args.duration
    cmd = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{duration}s",
           "--timeout", "10s", "-s", os.path.join(HERE, script), f"http://127.0.0.1:{args.port}{path}"]
    env = dict(os.environ, **(env_extra or {}))
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=duration + 60).stdout
    m = re.search(r"^BENCH (.*)$", out, re.M)
    if not m:
        raise RuntimeError("wrk printed no BENCH line:\n" + out)
    r = {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())}
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    r["errors"] = int(r["err_connect"] + r["err_read"] + r["err_write"] + r["err_status"] + r["err_timeout"])
    r["command"] = " ".join(cmd[:-2] + [os.path.basename(script), cmd[-1]])
    return r


# --------------------------------------------------------------------------- batch

TITLES = ["社区文艺演出", "非遗进校园展示", "全民阅读分享会", "广场舞培训", "文化志愿者服务", "书法公益课",
          "少儿美术班", "戏曲进乡村", "送文化下乡", "图书流动服务"]
INDICATORS = ["performances", "audience", "trainees", "volunteers"]


def this_month(day):
    """A day of the current month (Beijing time): earlier months may be locked once their
    report is accepted (issue #11), the current one is not due yet."""
    now = dt.datetime.now(BEIJING)
    return f"{now.year}-{now.month:02d}-{min(day, now.day):02d}"


def batch_body(unit_id, n, seed):
    rnd = random.Random(seed)
    entries = []
    for i in range(n):
        date = this_month(rnd.randint(1, 28))
        values = [{"indicator": "performances", "value": rnd.randint(1, 5)}]
        if rnd.random() < 0.7:
            v = {"indicator": "audience", "value": rnd.randint(50, 3000)}
            if rnd.random() < 0.2:
                v["qualifier"] = "余"
            values.append(v)
        entries.append({"unit_id": unit_id, "category": "activity",
                        "title": f"{rnd.choice(TITLES)}（批量{seed}-{i}）", "place": "城关社区",
                        "date": date, "values": values})
    return json.dumps({"entries": entries}, ensure_ascii=False).encode()


def bench_batch(args, client, token, unit_id):
    n = 10_000
    results = []
    for k in range(args.batches + 1):
        body = batch_body(unit_id, n, seed=k)
        t0 = time.perf_counter()
        status, data = client.request("POST", "/api/entries/batch", body, token)
        elapsed = time.perf_counter() - t0
        if status != 201 or json.loads(data)["created"] != n:
            raise RuntimeError(f"batch → {status}: {data[:300]!r}")
        if k > 0:  # the first is a warm-up
            results.append(elapsed)
        log(f"batch {k}: {n} entries in {elapsed * 1000:.0f} ms ({'warm-up' if k == 0 else 'timed'}), "
            f"{len(body) / 1e6:.1f} MB")
    med = statistics.median(results)
    return {"entries_per_request": n, "requests": len(results), "median_s": med, "min_s": min(results),
            "max_s": max(results), "entries_per_s": n / med, "body_mb": len(body) / 1e6}


# --------------------------------------------------------------------------- matrix data

def month_add(y, m, k):
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def sql_runner(args):
    if args.database_url:
        def run(sql):
            return subprocess.run(["psql", args.database_url, "-v", "ON_ERROR_STOP=1", "-q", "-t", "-A"],
                                  input=sql, capture_output=True, text=True, check=True, timeout=600).stdout
    else:
        path = os.path.join(args.data_dir, "taizhang.sqlite")

        def run(sql):
            return subprocess.run(["sqlite3", "-bail", path], input=sql, capture_output=True, text=True,
                                  check=True, timeout=600).stdout
    return run


def ts_literal(args, instant, sample):
    """A first_submitted_at value the way Fluent stored `sample` (an existing row) in this engine."""
    if args.database_url:
        return "'" + instant.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S+00") + "'"
    kind, _ = sample
    epoch = instant.timestamp()
    if kind == "real":
        return repr(float(epoch))
    if kind == "integer":
        return str(int(epoch))
    raise RuntimeError(f"unexpected SQLite storage class for datetimes: {sample}")


def seed_matrix(args, root_id, creator_id, units, first_period, rnd_seed=7):
    """10,000 streets under a new county below `root_id`, monthly submissions for plan 1."""
    run = sql_runner(args)
    if args.database_url:
        sample = ("timestamptz", run("SELECT first_submitted_at FROM submissions WHERE first_submitted_at IS NOT NULL LIMIT 1;").strip())
    else:
        out = run("SELECT typeof(first_submitted_at) || '|' || first_submitted_at FROM submissions "
                  "WHERE first_submitted_at IS NOT NULL LIMIT 1;").strip()
        sample = tuple(out.split("|", 1)) if out else ("real", "")
    log(f"existing first_submitted_at is stored as {sample}")
    start_id = int(run("SELECT COALESCE(MAX(id), 0) FROM units;").strip()) + 1
    county = start_id
    stmts = ["BEGIN;",
             f"INSERT INTO units (id, parent_id, kind, name, code, demo_zone, demo_project) VALUES "
             f"({county}, {root_id}, 'county', '基准测试县', NULL, false, false);"]
    rows = []
    for i in range(units):
        rows.append(f"({county + 1 + i}, {county}, 'street', '基准街道{i + 1:05d}', NULL, false, false)")
    for c in range(0, len(rows), 1000):
        stmts.append("INSERT INTO units (id, parent_id, kind, name, code, demo_zone, demo_project) VALUES "
                     + ",".join(rows[c:c + 1000]) + ";")
    # Submissions: 12 monthly periods; the last (current month) is not due yet.
    rnd = random.Random(rnd_seed)
    fy, fm = first_period
    now = dt.datetime.now(BEIJING)
    subs, counts = [], {"on_time": 0, "late": 0, "missing": 0, "early_current": 0, "draft": 0}
    for i in range(units):
        uid = county + 1 + i
        for k in range(12):
            y, m = month_add(fy, fm, k)
            ny, nm = month_add(y, m, 1)
            due = dt.datetime(ny, nm, 5, tzinfo=BEIJING)  # plan 1: the 5th of the next month
            code = f"{y}M{m:02d}"
            r = rnd.random()
            if due + dt.timedelta(days=1) > now:  # not due yet: a third submitted already
                if r < 0.33:
                    at = min(now - dt.timedelta(hours=1), due - dt.timedelta(days=rnd.randint(0, 4)))
                    kind = "early_current"
                else:
                    continue
            elif r < 0.82:
                at = due - dt.timedelta(days=rnd.randint(0, 4)) + dt.timedelta(hours=rnd.randint(9, 17))
                kind = "on_time"
            elif r < 0.94:
                at = due + dt.timedelta(days=rnd.randint(1, 20), hours=rnd.randint(9, 17))
                kind = "late"
            elif r < 0.97:
                at, kind = None, "draft"  # started, never submitted: missing
            else:
                counts["missing"] += 1
                continue
            counts[kind] += 1
            status = "draft" if at is None else rnd.choice(["submitted", "accepted", "accepted", "leader_approved"])
            ts = "NULL" if at is None else ts_literal(args, at, sample)
            created = ts_literal(args, (at or due) - dt.timedelta(days=1), sample)
            subs.append(f"({uid}, 1, '{code}', '{status}', '本月工作动态', '[]', {ts}, {creator_id}, {created}, {created})")
    counts["missing"] += counts["draft"]
    for c in range(0, len(subs), 2000):
        stmts.append("INSERT INTO submissions (unit_id, plan_id, period_code, status, narrative, values_json, "
                     "first_submitted_at, created_by, created_at, updated_at) VALUES " + ",".join(subs[c:c + 2000]) + ";")
    if args.database_url:
        for table in ("units", "submissions"):
            stmts.append(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}));")
        # VACUUM sets the visibility map that autovacuum would set after a load this size
        # (and does, a minute later): without it the covering index's "index-only" scan
        # visits all ~110,000 fresh heap rows, a cost of the seeding, not of the server.
        stmts.append("COMMIT; VACUUM ANALYZE;" if args.vacuum else "COMMIT; ANALYZE;")
    else:
        stmts.append("COMMIT; ANALYZE;")
    t0 = time.perf_counter()
    run("\n".join(stmts) + "\n")
    log(f"seeded {units} units and {len(subs)} submissions in {time.perf_counter() - t0:.1f} s: {counts}")
    return county, len(subs), counts


def percentile(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def timed_gets(client, path, token, n, warmup):
    times, size, last = [], 0, None
    for i in range(warmup + n):
        t0 = time.perf_counter()
        status, data = client.request("GET", path, token=token)
        elapsed = time.perf_counter() - t0
        if status != 200:
            raise RuntimeError(f"GET {path} → {status}: {data[:300]!r}")
        if i >= warmup:
            times.append(elapsed)
        size, last = len(data), data
    return times, size, last


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(HERE, "../../.build-release/release/taizhang"))
    ap.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--database-url", help="PostgreSQL URL of a dedicated benchmark database (wiped!)")
    ap.add_argument("--data-dir", default="/tmp/tzbench")
    ap.add_argument("--port", type=int, default=8181)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--duration", type=int, default=15, help="seconds per wrk measurement")
    ap.add_argument("--warmup", type=int, default=3, help="seconds of wrk warm-up before each measurement")
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--units", type=int, default=10_000)
    ap.add_argument("--matrix-requests", type=int, default=30)
    ap.add_argument("--skip", default="", help="comma list of steps to skip: post,batch,matrix")
    ap.add_argument("--no-vacuum", dest="vacuum", action="store_false",
                    help="PostgreSQL: ANALYZE only after seeding the matrix (as before issue #18's second round)")
    ap.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args()
    if (args.engine == "postgresql") != bool(args.database_url):
        ap.error("--engine postgresql needs --database-url (and only it)")
    skip = set(filter(None, args.skip.split(",")))
    args.bin = os.path.abspath(args.bin)
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"no server binary at {args.bin}: swift build -c release --product taizhang --scratch-path .build-release")

    # Fresh database.
    shutil.rmtree(args.data_dir, ignore_errors=True)
    os.makedirs(args.data_dir)
    if args.database_url:
        if "bench" not in args.database_url.rsplit("/", 1)[-1]:
            sys.exit("refusing to wipe a database whose name does not contain 'bench'")
        subprocess.run(["psql", args.database_url, "-q", "-v", "ON_ERROR_STOP=1", "-c",
                        "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"], check=True, timeout=60)

    results = {"engine": args.engine, "connections": args.connections, "wrk_threads": args.threads,
               "duration_s": args.duration, "started": dt.datetime.now().isoformat(timespec="seconds")}
    server = Server(args)
    try:
        server.start()
        client = Client(args.port)
        staff = client.login("chengguan.staff")
        me = client.json("GET", "/api/me", token=staff)
        unit_id = next(r["unit_id"] for r in me["roles"] if r["role"] == "staff")
        log(f"chengguan.staff writes to unit {unit_id}")
        # One entry by hand: the request the load generator repeats must succeed.
        probe = {"unit_id": unit_id, "category": "activity", "title": "基准测试探针", "date": this_month(1),
                 "values": [{"indicator": "performances", "value": 1}]}
        client.json("POST", "/api/entries", probe, token=staff, expect=(201,))

        if "post" not in skip:
            wrk_env = {"TZ_TOKEN": staff, "TZ_UNIT": str(unit_id)}
            wrk(args, "/health", "report.lua", duration=args.warmup)
            results["health"] = wrk(args, "/health", "report.lua")
            log(f"/health: {results['health']['rps']:.0f} req/s, p99 {results['health']['p99'] / 1000:.2f} ms")
            wrk(args, "/api/entries", "post_entry.lua", wrk_env, duration=args.warmup)
            results["post"] = wrk(args, "/api/entries", "post_entry.lua", wrk_env)
            log(f"POST /api/entries: {results['post']['rps']:.0f} req/s, p99 {results['post']['p99'] / 1000:.2f} ms, "
                f"errors {results['post']['errors']}")
            results["post"]["ratio_to_health"] = results["post"]["rps"] / results["health"]["rps"]

        health_seq, _, _ = timed_gets(client, "/health", None, 200, 20)
        results["health_sequential_ms"] = statistics.median(health_seq) * 1000

        if "batch" not in skip:
            results["batch"] = bench_batch(args, client, staff, unit_id)

        if "matrix" not in skip:
            sup = client.login("wenlvju.supervisor")
            sup_me = client.json("GET", "/api/me", token=sup)
            root_id = next(r["unit_id"] for r in sup_me["roles"] if r["role"] == "supervisor")
            admin_id = client.json("GET", "/api/me", token=client.login("admin"))["id"]
            server.stop()
            now = dt.datetime.now(BEIJING)
            first = month_add(now.year, now.month, -11)
            county, n_subs, counts = seed_matrix(args, root_id, admin_id, args.units, first)
            server.start()
            client = Client(args.port)
            sup = client.login("wenlvju.supervisor")
            frm, to = f"{first[0]}M{first[1]:02d}", f"{now.year}M{now.month:02d}"
            path = f"/api/matrix?plan=1&unit={county}&from={frm}&to={to}"
            times, size, body = timed_gets(client, path, sup, args.matrix_requests, 3)
            doc = json.loads(body)
            if len(doc["rows"]) != args.units or len(doc["periods"]) != 12:
                raise RuntimeError(f"matrix has {len(doc['rows'])} rows × {len(doc['periods'])} periods")
            health_seq2, _, _ = timed_gets(client, "/health", None, 200, 20)
            results["matrix"] = {
                "path": path, "units": args.units, "periods": 12, "submissions": n_subs, "seeded": counts,
                "requests": len(times), "median_ms": statistics.median(times) * 1000,
                "p95_ms": percentile(times, 95) * 1000, "min_ms": min(times) * 1000, "max_ms": max(times) * 1000,
                "response_mb": size / 1e6, "total": doc["total"],
                "health_sequential_ms": statistics.median(health_seq2) * 1000,
            }
            log(f"matrix: median {results['matrix']['median_ms']:.1f} ms, p95 {results['matrix']['p95_ms']:.1f} ms, "
                f"{size / 1e6:.1f} MB, total {doc['total']}")
            # The compact encoding (issue #18): the same matrix, a row per unit as an array.
            times_c, size_c, body_c = timed_gets(client, path + "&format=compact", sup, args.matrix_requests, 3)
            doc_c = json.loads(body_c)
            if len(doc_c["rows"]) != args.units or doc_c["total"] != doc["total"]:
                raise RuntimeError(f"compact matrix differs: {len(doc_c['rows'])} rows, total {doc_c['total']}")
            results["matrix_compact"] = {
                "path": path + "&format=compact", "requests": len(times_c), "median_ms": statistics.median(times_c) * 1000,
                "p95_ms": percentile(times_c, 95) * 1000, "min_ms": min(times_c) * 1000, "max_ms": max(times_c) * 1000,
                "response_mb": size_c / 1e6, "total": doc_c["total"],
            }
            log(f"matrix (compact): median {results['matrix_compact']['median_ms']:.1f} ms, "
                f"p95 {results['matrix_compact']['p95_ms']:.1f} ms, {size_c / 1e6:.1f} MB")
            # One unit of the county (a township's view in a big database): reads its own
            # submissions only when it is a small part of the tree (MatrixStore.unitFilter).
            one = doc["rows"][len(doc["rows"]) // 2]["unit_id"]
            one_path = f"/api/matrix?plan=1&unit={one}&from={frm}&to={to}&format=compact"
            times_1, _, body_1 = timed_gets(client, one_path, sup, args.matrix_requests, 3)
            if len(json.loads(body_1)["rows"]) != 1:
                raise RuntimeError("the one-unit matrix does not have one row")
            results["matrix_one_unit"] = {"path": one_path, "median_ms": statistics.median(times_1) * 1000,
                                          "p95_ms": percentile(times_1, 95) * 1000}
            log(f"matrix (one unit of {args.units}, compact): median {results['matrix_one_unit']['median_ms']:.1f} ms, "
                f"p95 {results['matrix_one_unit']['p95_ms']:.1f} ms")
    finally:
        server.stop()

    print_table(results)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)


def print_table(r):
    e = r["engine"]
    print(f"\n| engine | benchmark | target | result | met |")
    print("| --- | --- | --- | --- | --- |")
    if "post" in r:
        h, p = r["health"], r["post"]
        target = 0.25 if e == "sqlite" else 0.15
        print(f"| {e} | GET /health ({r['connections']} conn, baseline) | — | {h['rps']:,.0f} req/s, "
              f"p50 {h['p50'] / 1000:.2f} ms, p99 {h['p99'] / 1000:.2f} ms | — |")
        ok = p["rps"] >= 2000 and p["p99"] < 20_000 and p["errors"] == 0
        print(f"| {e} | POST /api/entries ({r['connections']} conn) | ≥ 2,000 req/s, p99 < 20 ms | "
              f"{p['rps']:,.0f} req/s, p50 {p['p50'] / 1000:.2f} ms, p99 {p['p99'] / 1000:.2f} ms, "
              f"{p['errors']} errors | {'yes' if ok else 'NO'} |")
        print(f"| {e} | POST ÷ /health throughput | ≥ {target} | {p['ratio_to_health']:.3f} | "
              f"{'yes' if p['ratio_to_health'] >= target else 'NO'} |")
    if "batch" in r:
        b = r["batch"]
        print(f"| {e} | POST /api/entries/batch (10,000 entries) | ≥ 20,000 entries/s | "
              f"{b['entries_per_s']:,.0f} entries/s (median {b['median_s'] * 1000:.0f} ms, "
              f"min {b['min_s'] * 1000:.0f}, max {b['max_s'] * 1000:.0f}; {b['requests']} requests) | "
              f"{'yes' if b['entries_per_s'] >= 20000 else 'NO'} |")
    if "matrix" in r:
        m = r["matrix"]
        print(f"| {e} | GET /api/matrix ({m['units']:,} units × 12 months) | < 200 ms | "
              f"median {m['median_ms']:.1f} ms, p95 {m['p95_ms']:.1f} ms ({m['requests']} requests, "
              f"{m['response_mb']:.1f} MB) | {'yes' if m['p95_ms'] < 200 else 'NO'} |")
        if "matrix_compact" in r:
            c = r["matrix_compact"]
            print(f"| {e} | GET /api/matrix?format=compact (same matrix) | < 100 ms | "
                  f"median {c['median_ms']:.1f} ms, p95 {c['p95_ms']:.1f} ms ({c['requests']} requests, "
                  f"{c['response_mb']:.1f} MB) | {'yes' if c['median_ms'] < 100 else 'NO'} |")
        print(f"| {e} | GET /health sequential (same client) | — | median {m['health_sequential_ms']:.2f} ms | — |")


if __name__ == "__main__":
    main()
