#!/usr/bin/env python3
"""Builds tests/data/labeled_calls.jsonl from tests/data/labeled_calls.txt.

Each call's labels are written by hand in the .txt from the labeling policy
(shared/reference/labeling-policy.md). This script adds only the labels the policy
derives mechanically from session fields: EXISTING/NEW_CUSTOMER from caller_known,
the urgency level from urgency_tier (unless the call is labeled CRITICAL_*), and the
time tags from the start time in America/Chicago (computed here with Python's
zoneinfo and its own holiday rules, independently of the C++ code).

Usage: build_labeled_calls.py [--check]   (--check: fail if the .jsonl is stale)
"""
import datetime as dt
import json
import pathlib
import sys
from zoneinfo import ZoneInfo

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "tests/data/labeled_calls.txt"
OUT = ROOT / "tests/data/labeled_calls.jsonl"
ZONE = ZoneInfo("America/Chicago")
TIER = {"emergency": "EMERGENCY_SAMEDAY", "urgent": "URGENT_24HR", "high": "PRIORITY_48HR",
        "routine": "STANDARD", "low": "FLEXIBLE"}
TIME_TAGS = {"PEAK_SUMMER", "PEAK_WINTER", "AFTER_HOURS", "WEEKEND", "HOLIDAY_WEEK"}


def observed(d):
    return d - dt.timedelta(days=1) if d.weekday() == 5 else d + dt.timedelta(days=1) if d.weekday() == 6 else d


def nth_weekday(y, m, n, wd):  # wd: Monday = 0; n = 5 means last
    days = [dt.date(y, m, d) for d in range(1, 32) if _valid(y, m, d) and dt.date(y, m, d).weekday() == wd]
    return days[-1] if n == 5 else days[n - 1]


def _valid(y, m, d):
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def holidays(y):
    h = [observed(dt.date(y, 1, 1)), nth_weekday(y, 1, 3, 0), nth_weekday(y, 2, 3, 0),
         nth_weekday(y, 5, 5, 0), observed(dt.date(y, 7, 4)), nth_weekday(y, 9, 1, 0),
         nth_weekday(y, 10, 2, 0), observed(dt.date(y, 11, 11)), nth_weekday(y, 11, 4, 3),
         observed(dt.date(y, 12, 25))]
    if y >= 2021:
        h.append(observed(dt.date(y, 6, 19)))
    return h


def time_tags(local):
    tags = set()
    if local.month in (6, 7, 8): tags.add("PEAK_SUMMER")
    if local.month in (12, 1, 2): tags.add("PEAK_WINTER")
    if local.hour < 8 or local.hour >= 17: tags.add("AFTER_HOURS")
    if local.weekday() >= 5: tags.add("WEEKEND")
    monday = local.date() - dt.timedelta(days=local.weekday())
    if any(monday <= h <= monday + dt.timedelta(days=6) for y in (local.year - 1, local.year, local.year + 1)
           for h in holidays(y)):
        tags.add("HOLIDAY_WEEK")
    return tags


def parse():
    calls, cur = [], None
    for line in SRC.read_text().splitlines():
        if line.startswith("## "):
            cid, split, known, tier, state, lead, start, labels = [f.strip() for f in line[3:].split("|")]
            local = dt.datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=ZONE)
            cur = {"id": cid, "split": split, "labels": set(labels.split()), "known": known == "1",
                   "tier": tier, "state": state, "lead": lead, "local": local, "lines": [], "problem": ""}
            calls.append(cur)
        elif line.startswith(("A: ", "C: ", "P: ")) and cur:
            if line[0] == "P":
                cur["problem"] = line[3:]
            else:
                cur["lines"].append(("agent" if line[0] == "A" else "user", line[3:]))
    return calls


def build(c):
    t0 = c["local"].timestamp()
    log = []
    for i, (role, text) in enumerate(c["lines"]):
        log.append({"role": role, "content": text, "timestamp": t0 + 5 * i})
        if role == "agent" and i == 0:
            log.append({"role": "tool", "name": "lookup_caller", "result": {"found": c["known"]},
                        "timestamp": t0 + 1})
    labels = {l for l in c["labels"] if l not in TIME_TAGS and l not in ("EXISTING_CUSTOMER", "NEW_CUSTOMER")}
    labels.add("EXISTING_CUSTOMER" if c["known"] else "NEW_CUSTOMER")
    if not labels & {"CRITICAL_EVACUATE", "CRITICAL_DISPATCH"}:
        labels.add(TIER[c["tier"]])
    labels |= time_tags(c["local"])
    session = {"phone_number": "+15125550100", "state": c["state"], "caller_known": c["known"],
               "urgency_tier": c["tier"], "problem_description": c["problem"], "call_sid": c["id"],
               "start_time": t0, "transcript_log": log}
    if c["lead"]:
        session["lead_type"] = c["lead"]
    return {"id": c["id"], "split": c["split"], "labels": sorted(labels), "session": session}


def main():
    text = "".join(json.dumps(build(c), sort_keys=True) + "\n" for c in parse())
    if "--check" in sys.argv:
        if OUT.read_text() != text:
            print("labeled_calls.jsonl is stale: run scripts/build_labeled_calls.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
