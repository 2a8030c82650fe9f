#!/usr/bin/env python3
"""The end-to-end demo: start the local dashboard on a free port, send the sample
calls through the post-call orchestrator, print what happened to each call, stop
the dashboard. Usage: demo.py BIN_DIR CALL_FILE...

To point it at a real dashboard instead, set DASHBOARD_WEBHOOK_URL,
DASHBOARD_WEBHOOK_SECRET and DASHBOARD_USER_EMAIL: no local dashboard is started.
"""
import json
import os
import subprocess
import sys
import tempfile


def sessions_of(path):
    text = open(path, encoding="utf-8").read()
    try:
        return [json.loads(text)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def answer(r):
    if r is None:
        return "-"
    if r["success"]:
        resp = r.get("response") or {}
        link = resp.get("job_id") or resp.get("lead_id") or ""
        return f"{r['status']} {link}".strip()
    return f"FAILED {r.get('status') or ''} {r.get('error', '')}".strip()


def main():
    bindir, files = sys.argv[1], sys.argv[2:]
    cli = os.path.join(bindir, "calllock-postcall")
    env = dict(os.environ)
    server = None
    store = None
    if not env.get("DASHBOARD_WEBHOOK_URL"):
        store = tempfile.mkdtemp(prefix="calllock-demo-")
        secret = "demo-secret"
        server = subprocess.Popen([cli, "serve", "--port", "0", "--secret", secret, "--store", store],
                                  stdout=subprocess.PIPE, text=True)
        first = server.stdout.readline().strip()  # "listening on http://127.0.0.1:PORT"
        url = first.split()[-1]
        env.update(DASHBOARD_WEBHOOK_URL=url + "/api/webhook/jobs", DASHBOARD_WEBHOOK_SECRET=secret,
                   DASHBOARD_USER_EMAIL="owner@ace-cooling.example",
                   CALLLOCK_OUTBOX_DIR=os.path.join(store, "outbox"))  # the demo's own outbox
        print(f"local dashboard: {url} (records in {store})\n")
    else:
        print(f"dashboard: {env['DASHBOARD_WEBHOOK_URL']}\n")
    failed = 0
    try:
        for path in files:
            proc = subprocess.run([cli, "send", path], capture_output=True, text=True, env=env)
            if proc.stderr.strip():
                print(proc.stderr.strip())
            for session, line in zip(sessions_of(path), proc.stdout.splitlines()):
                r = json.loads(line)
                failed += 0 if r["delivered"] else 1
                who = session.get("customer_name") or session.get("phone_number") or "unknown caller"
                print(f"== {r['call_id']}  ({who}, state {session.get('state', 'welcome')})")
                res = r.get("result")
                if res:
                    for cat, tags in res["tags"].items():
                        if tags:
                            print(f"   {cat:<13}{', '.join(tags)}")
                    p, v = res["priority"], res["revenue"]
                    print(f"   priority     {p['color'].upper()} - {p['reason']}")
                    print(f"   revenue      {v['tier']} {v['tier_label']} ({v['confidence']}; "
                          f"{', '.join(v['signals']) or 'no signals'})")
                print(f"   dashboard    job: {answer(r['job'])} | call: {answer(r['call'])} | "
                      f"alert: {answer(r['alert'])}")
                if r.get("error"):
                    print(f"   error        {r['error']}")
                print()
        agent = os.path.join(bindir, "agent")
        if os.path.exists(agent):
            print("== examples/agent.cpp: a simulated agent, its pipeline ending by exception")
            proc = subprocess.run([agent], capture_output=True, text=True, env=env)
            for out in (proc.stdout + proc.stderr).strip().splitlines():
                print("   " + out)
            failed += proc.returncode != 0
            print()
    finally:
        if server:
            server.terminate()
            tail = server.communicate(timeout=10)[0].strip()
            if tail:
                print(tail)
    print("all calls delivered" if failed == 0 else f"{failed} call(s) not delivered")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
