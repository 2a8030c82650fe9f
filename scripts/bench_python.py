#!/usr/bin/env python3
"""Times the plan's Python post-call classification (tests/plan/plan_code.py, run as
written): classify_tags, then detect_priority and estimate_revenue_tier on its tags,
the same work as calllock-bench's classify/*/seed rows, on the benchmark corpus. Prints JSON: per size, the median over repetitions of
bytes/s and transcripts/s (bytes = transcript text, as in calllock-bench).

Usage: bench_python.py CORPUS_DIR [--reps N] [--min-seconds S]
"""
import argparse
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "plan"))
import plan_code  # noqa: E402
from stand_ins import CallSession, State  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--min-seconds", type=float, default=0.3)
    a = ap.parse_args()
    out = {}
    for size in ("300", "3k", "30k"):
        with open(os.path.join(a.corpus, f"corpus_{size}.json")) as f:
            rows = json.load(f)
        sessions = []
        for r in rows:
            s = CallSession(phone_number="+15125550000")
            s.state = State(r["state"])
            s.caller_known = r["caller_known"]
            s.urgency_tier = r["urgency_tier"]
            s.problem_description = r["problem"]
            sessions.append((s, r["text"]))
        nbytes = sum(len(t.encode()) for _, t in sessions)
        rates = []
        for _ in range(a.reps):
            n = 0
            t0 = time.perf_counter()
            while True:
                for s, t in sessions:
                    tags = plan_code.classify_tags(s, t)
                    plan_code.detect_priority(tags, "confirmed")
                    plan_code.estimate_revenue_tier(s.problem_description, tags.get("REVENUE", []))
                n += 1
                el = time.perf_counter() - t0
                if el >= a.min_seconds:
                    break
            rates.append((n * nbytes / el, n * len(sessions) / el))
        out[size] = {"bytes_per_second": statistics.median(r[0] for r in rates),
                     "items_per_second": statistics.median(r[1] for r in rates)}
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
