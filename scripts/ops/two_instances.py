#!/usr/bin/env python3
"""The checks of scripts/ops/two-instances.sh (see there). Standard library only."""
import argparse
import glob
import http.client
import json
import os
import subprocess
import sys
import time
import uuid

PASSWORD = "taizhang2024"
failures = []


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=body, headers=headers or {})
    res = conn.getresponse()
    data = res.read()
    return res.status, dict(res.getheaders()), data


def check(what, ok, detail=""):
    print(f"{'PASS' if ok else 'FAIL'}  {what}{' — ' + detail if detail else ''}", flush=True)
    if not ok:
        failures.append(what)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nginx", type=int, required=True)
    ap.add_argument("--a", type=int, required=True)
    ap.add_argument("--b", type=int, required=True)
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--work", required=True)
    args = ap.parse_args()
    psql = lambda sql: subprocess.run(["psql", args.database_url, "-tAq", "-c", sql], capture_output=True, text=True,
                                      check=True).stdout.strip()

    # 1. A login on one instance works on the other (the bearer token is a database row).
    status, _, data = request(args.a, "POST", "/api/auth/login",
                              json.dumps({"username": "chengguan.staff", "password": PASSWORD}),
                              {"Content-Type": "application/json"})
    login = json.loads(data)
    token = login["token"]
    status_b, _, me = request(args.b, "GET", "/api/me", headers={"Authorization": f"Bearer {token}"})
    check("token from a login on instance a is accepted by instance b", status_b == 200,
          f"GET /api/me on b → {status_b} {json.loads(me).get('username') if status_b == 200 else me[:100]!r}")
    statuses = [request(args.nginx, "GET", "/api/me", headers={"Authorization": f"Bearer {token}"})[0] for _ in range(10)]
    check("the same token through nginx (round robin over a and b), 10 requests", statuses == [200] * 10, f"{statuses}")
    unit = next(r["unit_id"] for r in json.loads(me)["roles"] if r["role"] == "staff")

    # 2. An upload on one instance downloads from the other.
    status, _, data = request(args.a, "POST", "/api/entries",
                              json.dumps({"unit_id": unit, "category": "activity", "title": "两实例佐证测试",
                                          "date": "2024-06-10"}),
                              {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    entry = json.loads(data)["id"]
    content = f"evidence {uuid.uuid4()} 佐证".encode() * 100
    boundary = "----tz" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    status, _, data = request(args.a, "POST", f"/api/entries/{entry}/evidence", body,
                              {"Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": f"Bearer {token}"})
    check("upload an evidence file through instance a", status in (200, 201), f"{status} {data[:200]!r}")
    files = json.loads(data) if status in (200, 201) else []
    eid = (files[0] if isinstance(files, list) else files.get("items", [{}])[0])["id"] if files else None
    status, _, got = request(args.b, "GET", f"/api/entries/{entry}/evidence/{eid}", headers={"Authorization": f"Bearer {token}"})
    check("download it from instance b, byte for byte", status == 200 and got == content, f"{status}, {len(got)} bytes")

    # 3. The reminder job: both instances tick every 4 s; wait for several ticks.
    time.sleep(14)
    ticks = psql("SELECT count(*) || ' ticks, ' || count(DISTINCT instance) || ' instances won some' FROM job_runs WHERE job = 'reminders'")
    doubled = psql("SELECT count(*) FROM (SELECT tick FROM job_runs WHERE job = 'reminders' GROUP BY tick HAVING count(*) > 1) t")
    check("each reminder tick ran on exactly one instance", doubled == "0", ticks)
    sent_lines = []
    for name in ("a", "b"):
        for line in open(os.path.join(args.work, name, "server.log"), encoding="utf-8", errors="replace"):
            if line.startswith("{") and "reminder " in line:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if rec.get("msg", "").startswith("reminder ") and "key" in rec:
                    sent_lines.append((name, rec["key"]))
    keys = [k for _, k in sent_lines]
    stored = int(psql("SELECT count(*) FROM reminders"))
    check("every reminder was sent once across both instances",
          len(keys) == len(set(keys)) == stored and stored > 0,
          f"{stored} reminders stored, {len(keys)} notifier lines ({sum(1 for n, _ in sent_lines if n == 'a')} from a, "
          f"{sum(1 for n, _ in sent_lines if n == 'b')} from b), {len(keys) - len(set(keys))} duplicates")
    for port, name in ((args.a, "a"), (args.b, "b")):
        _, _, metrics = request(port, "GET", "/metrics")
        lines = [l for l in metrics.decode().split("\n") if l.startswith("taizhang_job_runs_total")]
        print(f"      /metrics of {name}: " + "; ".join(lines))
    print(f"\n{'ALL CHECKS PASSED' if not failures else 'FAILED: ' + ', '.join(failures)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
