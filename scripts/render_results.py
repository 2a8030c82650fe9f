#!/usr/bin/env python3
"""Runs `calllock-postcall classify` on each sample call file and prints a
readable result per call. Usage: render_results.py CLI FILE..."""
import json
import subprocess
import sys


def sessions_of(path):
    text = open(path, encoding="utf-8").read()
    try:
        return [json.loads(text)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def main():
    cli, files = sys.argv[1], sys.argv[2:]
    failed = 0
    for path in files:
        proc = subprocess.run([cli, "classify", path], capture_output=True, text=True)
        if proc.returncode != 0:
            failed += 1
            print(f"{path}: {proc.stderr.strip()}")
            continue
        for session, line in zip(sessions_of(path), proc.stdout.splitlines()):
            r = json.loads(line)
            who = session.get("customer_name") or session.get("phone_number") or "unknown caller"
            print(f"== {session.get('call_sid', '?')}  ({who}, state {session.get('state', 'welcome')})")
            print(f"   problem : {session.get('problem_description') or '-'}")
            for cat, tags in r["tags"].items():
                if tags:
                    print(f"   {cat:<13}{', '.join(tags)}")
            p, v = r["priority"], r["revenue"]
            print(f"   priority: {p['color'].upper()} - {p['reason']}")
            sig = ", ".join(v["signals"]) or "none"
            print(f"   revenue : {v['tier']} {v['tier_label']} (confidence {v['confidence']}; signals: {sig})")
            print()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
