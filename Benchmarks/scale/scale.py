#!/usr/bin/env python3
"""A tenth of national scale on PostgreSQL (issue #18, docs/scale.md).

The national plan is 600,000 villages and 50 million ledger entries a year. This script
builds a tenth of it in a dedicated database — 1 city, 10 counties, 1,000 towns and
59,000 villages (60,011 units), 5,000,000 entries of one year with ~10 million indicator
values, and a monthly village report plan with ~650,000 submissions — then times what
supervisors ask of it through the running release server:

  - the reporting-rate matrix (compact encoding) for one county (5,900 villages × 12
    months) and for the whole city (59,000 × 12);
  - the roll-ups (GET /api/aggregates) of a county's half-year and year;
  - a county's half-year summary draft (POST /api/summaries, the county and all below).

    python3 Benchmarks/scale/scale.py \
        --database-url 'postgres://taizhang:taizhang@127.0.0.1:5432/taizhang_ops_scale_bench?sslmode=disable'

The database is WIPED (its name must contain "bench"). Data generation runs inside
PostgreSQL (generate_series), a few minutes. Python 3 standard library and psql.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../server"))
from bench import Client, Server, log, percentile  # noqa: E402

VILLAGES_PER_TOWN = 59
TOWNS_PER_COUNTY = 100
COUNTIES = 10


def psql(url, sql, timeout=7200):
    t0 = time.perf_counter()
    out = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-t", "-A"], input=sql, capture_output=True,
                         text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return out.stdout.strip(), time.perf_counter() - t0


def generate(url, entries, admin_id, root_id, plan_id, year):
    start, _ = psql(url, "SELECT COALESCE(MAX(id), 0) + 1 FROM units;")
    s = int(start)
    towns = COUNTIES * TOWNS_PER_COUNTY
    villages = towns * VILLAGES_PER_TOWN
    first_town, first_village = s + 1 + COUNTIES, s + 1 + COUNTIES + towns
    steps = []
    sql_units = f"""
    BEGIN;
    INSERT INTO units (id, parent_id, kind, name, code, demo_zone, demo_project)
      VALUES ({s}, {root_id}, 'city', '规模测试市', NULL, false, false);
    INSERT INTO units (id, parent_id, kind, name, code, demo_zone, demo_project)
      SELECT {s} + 1 + c, {s}, 'county', '规模测试县' || (c + 1), NULL, false, false FROM generate_series(0, {COUNTIES - 1}) c;
    INSERT INTO units (id, parent_id, kind, name, code, demo_zone, demo_project)
      SELECT {first_town} + t, {s} + 1 + t / {TOWNS_PER_COUNTY}, 'town', '规模测试镇' || (t + 1), NULL, false, false
      FROM generate_series(0, {towns - 1}) t;
    INSERT INTO units (id, parent_id, kind, name, code, demo_zone, demo_project)
      SELECT {first_village} + v, {first_town} + v / {VILLAGES_PER_TOWN}, 'village', '规模测试村' || (v + 1), NULL, false, false
      FROM generate_series(0, {villages - 1}) v;
    SELECT setval(pg_get_serial_sequence('units', 'id'), (SELECT MAX(id) FROM units));
    COMMIT;"""
    _, t = psql(url, sql_units)
    steps.append(("units", 1 + COUNTIES + towns + villages, t))
    log(f"units: {1 + COUNTIES + towns + villages} in {t:.1f} s")
    first_entry, _ = psql(url, "SELECT COALESCE(MAX(id), 0) + 1 FROM entries;")
    # Entries spread over the year and the villages; dates as the ledger stores them (ISO text).
    sql_entries = f"""
    BEGIN;
    INSERT INTO entries (unit_id, category, title, narrative, place, date, end_date, counts_on, source, planned, doc_id,
                         span_start, span_end, pending, confirmer, confirmation_required, version, created_by, created_at, updated_at)
      SELECT {first_village} + (g % {villages}), (ARRAY['activity','meeting','training','publicity'])[1 + g % 4],
             '规模测试活动' || g, '', NULL, d, NULL, d, 'api', false, NULL, NULL, NULL, false, NULL, false, 1, {admin_id}, now(), now()
      FROM (SELECT g, to_char(DATE '{year}-01-01' + ((g::bigint * 7919) % 366)::int, 'YYYY-MM-DD') AS d FROM generate_series(0, {entries - 1}) g) x;
    COMMIT;"""
    _, t = psql(url, sql_entries)
    steps.append(("entries", entries, t))
    log(f"entries: {entries} in {t:.1f} s")
    sql_values = f"""
    BEGIN;
    INSERT INTO entry_values (entry_id, unit_id, counts_on, planned, pending, indicator_code, value, qualifier)
      SELECT id, unit_id, counts_on, false, false, 'performances', 1 + id % 5, NULL FROM entries WHERE id >= {first_entry};
    INSERT INTO entry_values (entry_id, unit_id, counts_on, planned, pending, indicator_code, value, qualifier)
      SELECT id, unit_id, counts_on, false, false, 'audience', 50 + id % 3000, CASE WHEN id % 5 = 0 THEN '余' END
      FROM entries WHERE id >= {first_entry} AND id % 10 < 7;
    INSERT INTO entry_values (entry_id, unit_id, counts_on, planned, pending, indicator_code, value, qualifier)
      SELECT id, unit_id, counts_on, false, false, 'volunteers', 1 + id % 40, NULL FROM entries WHERE id >= {first_entry} AND id % 10 < 3;
    COMMIT;"""
    _, t = psql(url, sql_values)
    n_values, _ = psql(url, f"SELECT count(*) FROM entry_values WHERE entry_id >= {first_entry};")
    steps.append(("entry_values", int(n_values), t))
    log(f"entry values: {n_values} in {t:.1f} s")
    # Monthly village reports: ~92 % submitted (most by the 5th of the next month), the rest missing.
    sql_subs = f"""
    BEGIN;
    INSERT INTO submissions (unit_id, plan_id, period_code, status, narrative, values_json, first_submitted_at, created_by,
                             created_at, updated_at, version)
      SELECT u, {plan_id}, '{year}M' || lpad(m::text, 2, '0'), 'submitted', '', '[]',
             make_timestamptz({year}, m, 1, 9, 0, 0, 'Asia/Shanghai') + interval '1 month' + ((u * 31 + m * 7) % 12) * interval '1 day',
             {admin_id}, now(), now(), 1
      FROM generate_series({first_village}, {first_village + villages - 1}) u, generate_series(1, 12) m
      WHERE (u * 13 + m) % 100 < 92;
    COMMIT;"""
    _, t = psql(url, sql_subs)
    n_subs, _ = psql(url, f"SELECT count(*) FROM submissions WHERE plan_id = {plan_id};")
    steps.append(("submissions", int(n_subs), t))
    log(f"submissions: {n_subs} in {t:.1f} s")
    _, t = psql(url, "VACUUM ANALYZE;")
    steps.append(("VACUUM ANALYZE", 0, t))
    log(f"VACUUM ANALYZE in {t:.1f} s")
    sizes, _ = psql(url, "SELECT string_agg(relname || '=' || pg_size_pretty(pg_total_relation_size(relid)), ', ' ORDER BY pg_total_relation_size(relid) DESC) "
                         "FROM pg_catalog.pg_statio_user_tables WHERE relname IN ('entries','entry_values','submissions','units');")
    total, _ = psql(url, "SELECT pg_size_pretty(pg_database_size(current_database()));")
    return {"city": s, "counties": [s + 1 + c for c in range(COUNTIES)], "villages": villages, "steps": steps,
            "sizes": sizes, "database_size": total, "submissions": int(n_subs), "values": int(n_values)}


def status_kb(pid, field):
    """VmRSS / VmHWM (peak) of a process, in kB (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Watch(threading.Thread):
    """Every 2 s: the server's RSS (killed above --rss-limit-kb: the machine is shared) and the
    age of the oldest transaction that has written (backend_xid set), as PostgreSQL sees it."""

    def __init__(self, proc, url, limit_kb):
        super().__init__(daemon=True)
        self.proc, self.url, self.limit_kb = proc, url, limit_kb
        self.stop, self.killed, self.longest_write_s = threading.Event(), False, 0.0

    def run(self):
        sql = ("SELECT COALESCE(EXTRACT(EPOCH FROM max(now() - xact_start)), 0) FROM pg_stat_activity "
               "WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid();")
        while not self.stop.wait(2):
            if status_kb(self.proc.pid, "VmRSS") > self.limit_kb:
                log(f"server RSS above {self.limit_kb} kB: killing it")
                self.killed = True
                self.proc.kill()
                return
            try:
                out, _ = psql(self.url, sql, timeout=20)
                self.longest_write_s = max(self.longest_write_s, float(out or 0))
            except (RuntimeError, subprocess.TimeoutExpired, ValueError):
                pass


def background_draft(client, token, body, timeout):
    """POST with background: true, then poll the job until it is done; seconds to done."""
    t0 = time.perf_counter()
    status, data = client.request("POST", "/api/summaries", json.dumps({**json.loads(body), "background": True}).encode(), token)
    if status != 202:
        raise RuntimeError(f"background draft → {status}: {data[:300]!r}")
    job = json.loads(data)["id"]
    while time.perf_counter() - t0 < timeout:
        state = client.json("GET", f"/api/summaries/jobs/{job}", token=token)
        if state["status"] == "done":
            return time.perf_counter() - t0, state["summary_id"]
        if state["status"] != "running":
            raise RuntimeError(f"job {job}: {state}")
        time.sleep(0.25)
    raise RuntimeError(f"job {job} still running after {timeout} s")


def timed(client, method, path, token, n, body=None, expect=(200, 201)):
    times, size = [], 0
    for _ in range(n):
        t0 = time.perf_counter()
        status, data = client.request(method, path, body, token)
        times.append(time.perf_counter() - t0)
        if status not in expect:
            raise RuntimeError(f"{method} {path} → {status}: {data[:300]!r}")
        size = len(data)
    return {"path": path, "requests": n, "median_ms": statistics.median(times) * 1000, "min_ms": min(times) * 1000,
            "max_ms": max(times) * 1000, "p95_ms": percentile(times, 95) * 1000, "response_kb": size / 1000}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(HERE, "../../.build-release/release/taizhang"))
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--data-dir", default="/tmp/tzscale")
    ap.add_argument("--port", type=int, default=8185)
    ap.add_argument("--entries", type=int, default=5_000_000)
    ap.add_argument("--year", type=int, default=2024)
    ap.add_argument("--requests", type=int, default=5)
    ap.add_argument("--reuse", action="store_true", help="keep the generated data of a previous run")
    ap.add_argument("--out", default="/tmp/tzscale-results.json")
    ap.add_argument("--generate-only", action="store_true", help="build the data, time nothing")
    ap.add_argument("--request-timeout", type=float, default=600, help="seconds before a request counts as failed")
    ap.add_argument("--rss-limit-kb", type=int, default=6_000_000, help="kill the server above this resident size")
    ap.add_argument("--only", default="", help="run only the questions whose name contains this")
    args = ap.parse_args()
    args.bin = os.path.abspath(args.bin)
    if "bench" not in args.database_url.rsplit("/", 1)[-1]:
        sys.exit("refusing to wipe a database whose name does not contain 'bench'")
    meta_path = os.path.join(args.data_dir, "scale-meta.json")
    server = Server(args)
    if not args.reuse:
        subprocess.run(["rm", "-rf", args.data_dir], check=True)
        os.makedirs(args.data_dir)
        psql(args.database_url, "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
        server.start()  # migrates and loads the demo district (logins, catalog, plans)
        client = Client(args.port)
        admin = client.login("admin")
        me = client.json("GET", "/api/me", token=admin)
        root = next(r["unit_id"] for r in me["roles"])
        # A copy of the demo's first monthly plan, asked of villages.
        template = next(p for p in client.json("GET", "/api/plans", token=admin) if p["period_kind"] == "month")
        template.update({"id": 0, "name": "村级文化工作月报", "report_type": "village_monthly",
                         "applies_to": {"kinds": ["village"], "flags": []}})
        plan = client.json("POST", "/api/plans", template, token=admin)
        server.stop()
        meta = generate(args.database_url, args.entries, me["id"], root, plan["id"], args.year)
        meta["plan"] = plan["id"]
        with open(meta_path, "w") as f:
            json.dump(meta, f)
    with open(meta_path) as f:
        meta = json.load(f)
    if args.generate_only:
        return
    server.start()
    results = {"generated": meta, "timings": {}}
    watch = Watch(server.proc, args.database_url, args.rss_limit_kb)
    watch.start()
    try:
        client = Client(args.port, timeout=args.request_timeout)
        admin = client.login("admin")
        county, city, plan, y = meta["counties"][0], meta["city"], meta["plan"], args.year
        runs = [
            ("matrix, one county (5,900 villages × 12 months, compact)",
             "GET", f"/api/matrix?plan={plan}&unit={county}&from={y}M01&to={y}M12&format=compact", None),
            ("matrix, the city (59,000 villages × 12 months, compact)",
             "GET", f"/api/matrix?plan={plan}&unit={city}&from={y}M01&to={y}M12&format=compact", None),
            ("roll-up, one county's half-year (GET /api/aggregates)", "GET", f"/api/aggregates?unit={county}&period={y}H1", None),
            ("roll-up, one county's year (GET /api/aggregates)", "GET", f"/api/aggregates?unit={county}&period={y}", None),
            ("a county's half-year summary draft (POST /api/summaries)", "POST", "/api/summaries",
             json.dumps({"unit_id": county, "period": f"{y}H1", "subtree": True}).encode()),
        ]
        for name, method, path, body in runs:
            if args.only not in name:
                continue
            try:
                client.request(method, path, body, admin)  # warm-up
                r = timed(client, method, path, admin, args.requests, body)
            except (OSError, RuntimeError) as e:  # a timeout (--request-timeout) or an error answer
                results["timings"][name] = {"error": f"{type(e).__name__}: {e}"[:300]}
                log(f"{name}: FAILED — {results['timings'][name]['error']}")
                client = Client(args.port, timeout=args.request_timeout)
                admin = client.login("admin")
                continue
            r["server_rss_kb_after"] = status_kb(server.proc.pid, "VmRSS")
            results["timings"][name] = r
            log(f"{name}: median {r['median_ms']:.0f} ms (min {r['min_ms']:.0f}, max {r['max_ms']:.0f}), {r['response_kb']:.0f} kB, "
                f"server RSS {r['server_rss_kb_after'] / 1000:.0f} MB")
        name = "a county's half-year summary draft in the background (202, then poll the job)"
        if args.only in name:
            try:
                took = [background_draft(client, admin, runs[-1][3], args.request_timeout)[0] for _ in range(args.requests)]
                results["timings"][name] = {"requests": len(took), "median_ms": statistics.median(took) * 1000,
                                            "min_ms": min(took) * 1000, "max_ms": max(took) * 1000, "response_kb": 0}
                log(f"{name}: median {statistics.median(took) * 1000:.0f} ms (min {min(took) * 1000:.0f}, max {max(took) * 1000:.0f})")
            except (OSError, RuntimeError) as e:
                results["timings"][name] = {"error": f"{type(e).__name__}: {e}"[:300]}
                log(f"{name}: FAILED — {results['timings'][name]['error']}")
        results["server_peak_rss_kb"] = status_kb(server.proc.pid, "VmHWM")
    finally:
        watch.stop.set()
        results["longest_write_transaction_s"] = watch.longest_write_s
        results["server_killed_for_rss"] = watch.killed
        server.stop()
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    print("\n| what | median | min | max | answer |")
    print("| --- | --- | --- | --- | --- |")
    for name, r in results["timings"].items():
        if "error" in r:
            print(f"| {name} | did not answer: {r['error']} | | | |")
            continue
        print(f"| {name} | {r['median_ms']:,.0f} ms | {r['min_ms']:,.0f} ms | {r['max_ms']:,.0f} ms | {r['response_kb']:,.0f} kB |")
    print(f"\nserver peak RSS (VmHWM) {results.get('server_peak_rss_kb', 0) / 1000:,.0f} MB; longest write transaction seen "
          f"{results['longest_write_transaction_s']:.1f} s (sampled every 2 s); killed for RSS: {results['server_killed_for_rss']}")
    print("generated:", "; ".join(f"{n} {c:,} in {t:.0f} s" for n, c, t in meta["steps"]), "—", meta["sizes"],
          "— database", meta["database_size"])


if __name__ == "__main__":
    main()
