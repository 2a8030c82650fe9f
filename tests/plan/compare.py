#!/usr/bin/env python3
"""The `seed` profile against the plan's own Python, on generated sessions.

Generates sessions (every state, every urgency tier and unknown ones, mixed case,
look-alike words, keywords split across the transcript/problem boundary, Python's
special lowercase cases, Unicode whitespace), classifies each with the plan's
code (tests/plan/plan_code.py, run as written) and with
`calllock-postcall classify --profile seed`, and compares: tags and priority must
be identical, revenue identical up to the order of its signals (a Python set).

Usage: compare.py --cli PATH [--count N] [--seed S] [--keep FILE]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plan_code  # noqa: E402
from stand_ins import CallSession, State  # noqa: E402

STATES = [s.value for s in State]
TIERS = ["routine", "emergency", "urgent", "high", "low", "medium", "", "EMERGENCY", "Routine"]

# Every keyword of the plan, plus look-alikes and filler.
KEYWORDS = sorted({kw for table in (plan_code.HAZARD_KEYWORDS, plan_code.SERVICE_TYPE_KEYWORDS,
                                     plan_code.RECOVERY_KEYWORDS, plan_code.LOGISTICS_KEYWORDS,
                                     plan_code.NON_CUSTOMER_KEYWORDS, plan_code.CONTEXT_KEYWORDS)
                   for kws in table.values() for kw in kws}
                  | plan_code.REPLACEMENT_KEYWORDS | plan_code.MAJOR_REPAIR_KEYWORDS
                  | plan_code.MINOR_KEYWORDS | plan_code.MAINTENANCE_KEYWORDS
                  | {"r-22", "r22", "freon", "quote", "estimate", "new unit", "upgrade"})
LOOKALIKES = ["back", "event", "carpet", "location", "prevent", "supply", "actually", "place",
              "heater", "gasket", "catalog", "jobsite", "spammy", "co-op", "coil-less",
              "ventilation", "heath", "pricey", "Wait", "rudely", "managers", "petition"]
FILLER = ["my", "the", "is", "and", "it", "not", "working", "since", "yesterday", "please",
          "call", "me", "house", "unit", "outside", "upstairs", "really", "loud", "today", "a",
          "ok", "thanks", "hello", "I", "think", "maybe", "we", "have", "no", "still"]
ODD = ["\u212a", "\u0130", "\u00a0", "\u3000", "caf\u00e9", "\u2019", "\u00df", "\n", "\t",
       "\u2028", "\u212aelvin", "smo\u212ae", "spea\u212a to", "\u0130nstall"]


def casing(rng, s):
    r = rng.random()
    if r < 0.6:
        return s
    if r < 0.75:
        return s.upper()
    if r < 0.85:
        return s.title()
    return "".join(c.upper() if rng.random() < 0.5 else c for c in s)


def phrase(rng, n):
    words = []
    for _ in range(n):
        r = rng.random()
        if r < 0.35:
            words.append(casing(rng, rng.choice(KEYWORDS)))
        elif r < 0.5:
            words.append(casing(rng, rng.choice(LOOKALIKES)))
        elif r < 0.56:
            words.append(rng.choice(ODD))
        else:
            words.append(casing(rng, rng.choice(FILLER)))
    sep = rng.choice([" ", " ", " ", "", ", ", "\n", "  "])
    return sep.join(words)


def make_session(rng, i):
    log = []
    t = 1000.0 + i
    for _ in range(rng.choice([0, 0, 1, 2, 3, 5, 8])):
        role = rng.choice(["agent", "user", "user", "tool"])
        t += rng.random() * 5
        if role == "tool":
            log.append({"role": "tool", "name": rng.choice(["lookup_caller", "book_service",
                                                           "create_callback", "Speak", "gas"]),
                        "result": rng.choice([{}, {"found": True}, {"booked": False, "n": [1, 2]}]),
                        "timestamp": t})
        else:
            log.append({"role": role, "content": phrase(rng, rng.randint(0, 12)), "timestamp": t})
    problem = phrase(rng, rng.randint(0, 6)) if rng.random() < 0.8 else rng.choice(
        ["", " ", "\u00a0\u3000", "to", "number", "conditioning"])
    return {
        "phone_number": rng.choice(["+15125551234", "", "+15125559876"]),
        "state": rng.choice(STATES),
        "caller_known": rng.random() < 0.5,
        "urgency_tier": rng.choice(TIERS),
        "problem_description": problem,
        "booking_confirmed": rng.random() < 0.3,
        "lead_type": rng.choice(["", "high_ticket"]),
        "call_sid": f"CA{i}",
        "start_time": t,
        "transcript_log": log,
    }


def plan_result(d):
    s = CallSession(phone_number=d["phone_number"])
    s.state = State(d["state"])
    s.caller_known = d["caller_known"]
    s.urgency_tier = d["urgency_tier"]
    s.problem_description = d["problem_description"]
    s.booking_confirmed = d["booking_confirmed"]
    s.transcript_log = d["transcript_log"]
    text = plan_code.to_plain_text(s.transcript_log)
    tags = plan_code.classify_tags(s, text)
    priority = plan_code.detect_priority(tags, "confirmed" if s.booking_confirmed else "not_requested")
    revenue = plan_code.estimate_revenue_tier(s.problem_description, tags.get("REVENUE", []))
    return {"tags": tags, "priority": priority, "revenue": revenue}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=20260226)
    ap.add_argument("--keep")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    sessions = [make_session(rng, i) for i in range(a.count)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for s in sessions:
            f.write(json.dumps(s, ensure_ascii=rng.random() < 0.5) + "\n")
        path = f.name
    try:
        proc = subprocess.run([a.cli, "classify", "--profile", "seed", path],
                              capture_output=True, text=True, encoding="utf-8")
    finally:
        if a.keep:
            os.replace(path, a.keep)
        else:
            os.unlink(path)
    if proc.returncode != 0:
        print("calllock-postcall failed:", proc.returncode, proc.stderr[:2000])
        return 1
    lines = proc.stdout.splitlines()
    if len(lines) != len(sessions):
        print(f"expected {len(sessions)} lines, got {len(lines)}")
        return 1
    mismatches = 0
    tag_count = 0
    for i, (s, line) in enumerate(zip(sessions, lines)):
        ours = json.loads(line)
        want = plan_result(s)
        tag_count += sum(len(v) for v in want["tags"].values())
        problems = []
        if ours["tags"] != want["tags"]:
            problems.append(f"tags: ours {ours['tags']} plan {want['tags']}")
        if ours["priority"] != want["priority"]:
            problems.append(f"priority: ours {ours['priority']} plan {want['priority']}")
        o, w = dict(ours["revenue"]), dict(want["revenue"])
        if sorted(o.pop("signals")) != sorted(w.pop("signals")) or o != w:
            problems.append(f"revenue: ours {ours['revenue']} plan {want['revenue']}")
        if problems:
            mismatches += 1
            if mismatches <= 5:
                print(f"session {i}: {json.dumps(s)}")
                for p in problems:
                    print("   ", p)
    print(f"seed vs plan: {len(sessions)} sessions, {tag_count} tags, {mismatches} mismatches")
    print(f"{len(sessions) - mismatches} passed, {mismatches} failed")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
