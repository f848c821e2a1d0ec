#!/usr/bin/env python3
"""kill -9 under write load loses nothing acknowledged (issue #18).

Starts the release server on a fresh database, has --writers threads POST single ledger
entries as fast as they can (each title unique), and after --seconds kills the server
with SIGKILL mid-load. Then it restarts the server on the same database and checks that
every entry answered with 201 is stored with its id and title, and that the audit chain
still verifies (`taizhang audit verify`). Repeats --rounds times on the same database.

    python3 Benchmarks/server/kill9.py --engine sqlite
    python3 Benchmarks/server/kill9.py --engine postgresql \
        --database-url postgres://taizhang:taizhang@127.0.0.1:5432/taizhang_ops_bench?sslmode=disable

Exit status 0 when every round kept every acknowledged entry. Python 3 standard library,
plus `sqlite3` or `psql` to read the database.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import Client, Server, log, sql_runner, this_month  # noqa: E402


def writer(port, token, unit, prefix, acked, stop, errors):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    n = 0
    while not stop.is_set():
        title = f"{prefix}-{n}"
        body = json.dumps({"unit_id": unit, "category": "activity", "title": title, "date": this_month(1 + n % 28),
                           "values": [{"indicator": "performances", "value": 1 + n % 5}]}).encode()
        try:
            conn.request("POST", "/api/entries", body=body,
                         headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
            res = conn.getresponse()
            data = res.read()
        except (OSError, http.client.HTTPException):
            return  # the server is gone: whatever was not answered is not acknowledged
        if res.status == 201:
            acked.append((json.loads(data)["id"], title))
        else:
            errors.append(res.status)
        n += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--bin", default=os.path.join(here, "../../.build-release/release/taizhang"))
    ap.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--database-url")
    ap.add_argument("--data-dir", default="/tmp/tzkill9")
    ap.add_argument("--port", type=int, default=8191)
    ap.add_argument("--writers", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=4.0, help="write load before the kill")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if (args.engine == "postgresql") != bool(args.database_url):
        ap.error("--engine postgresql needs --database-url")
    args.bin = os.path.abspath(args.bin)
    shutil.rmtree(args.data_dir, ignore_errors=True)
    os.makedirs(args.data_dir)
    if args.database_url:
        if "bench" not in args.database_url.rsplit("/", 1)[-1]:
            sys.exit("refusing to wipe a database whose name does not contain 'bench'")
        subprocess.run(["psql", args.database_url, "-q", "-c", "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"],
                       check=True, capture_output=True)
    run_sql = sql_runner(args)
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    failures = 0
    for round_no in range(1, args.rounds + 1):
        server = Server(args)
        server.start()
        client = Client(args.port)
        token = client.login("chengguan.staff")
        me = client.json("GET", "/api/me", token=token)
        unit = next(r["unit_id"] for r in me["roles"] if r["role"] == "staff")
        acked, errors, stop = [], [], threading.Event()
        threads = [threading.Thread(target=writer, args=(args.port, token, unit, f"kill9-r{round_no}-w{i}", acked, stop, errors))
                   for i in range(args.writers)]
        for t in threads:
            t.start()
        time.sleep(args.seconds)
        os.kill(server.proc.pid, signal.SIGKILL)  # no shutdown, no flush: the process just ends
        server.proc.wait()
        stop.set()
        for t in threads:
            t.join()
        server.proc = None
        server.stop()
        # Restart on the same database: recovery (SQLite WAL / PostgreSQL) happens here.
        server = Server(args)
        server.start()
        server.stop()
        rows = run_sql(f"SELECT id || '|' || title FROM entries WHERE title LIKE 'kill9-r{round_no}-%';")
        stored = dict(line.split("|", 1) for line in rows.split("\n") if "|" in line)
        stored = {int(k): v for k, v in stored.items()}
        missing = [(i, t) for i, t in acked if stored.get(i) != t]
        extra = len(stored) - (len(acked) - len(missing))
        verify = subprocess.run([args.bin, "audit", "verify", "--data-dir", args.data_dir], env=env,
                                capture_output=True, text=True)
        ok = not missing and verify.returncode == 0 and not errors
        failures += 0 if ok else 1
        print(f"{args.engine} round {round_no}: {len(acked)} entries acknowledged in {args.seconds:.0f} s by "
              f"{args.writers} writers, killed with SIGKILL; after restart {len(acked) - len(missing)} of them stored "
              f"with their id and title, {len(missing)} lost; {extra} more committed but unanswered at the kill; "
              f"non-201 answers: {len(errors)}; audit verify: {verify.stdout.strip() or verify.stderr.strip()}"
              f" → {'OK' if ok else 'FAILED'}", flush=True)
        if missing:
            print("  lost:", missing[:10])
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
