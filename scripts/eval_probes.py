#!/usr/bin/env python3
"""Policy phrase probes (tests/data/eval/probes/): each phrase as the caller's one turn.

Prints, per tag and per file, the positive phrasings tagged and the near misses tagged; exits 1
when the rate of positives tagged is below --min-positive or the rate of near misses tagged is
above --max-near-miss (CTest classification_probes).
  scripts/eval_probes.py --cli build/dev/bin/calllock-postcall [--verbose]
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "eval", "probes")


def session(phrase):
    return {"call_sid": "CA_probe", "phone_number": "+15125550100", "caller_known": False, "state": "done",
            "urgency_tier": "standard", "problem_description": "", "lead_type": "", "start_time": 0,
            "transcript_log": [{"role": "agent", "content": "thanks for calling, how can i help you"},
                               {"role": "user", "content": phrase}]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--min-positive", type=float)
    ap.add_argument("--max-near-miss", type=float)
    ap.add_argument("--verbose", action="store_true", help="list the phrases on the wrong side")
    a = ap.parse_args()
    items = []
    for path in sorted(glob.glob(os.path.join(ROOT, "*.json"))):
        name = os.path.basename(path)
        for tag, d in json.load(open(path)).items():
            items += [(tag, "positive", p, name) for p in d["positive"]]
            items += [(tag, "near_miss", p, name) for p in d["near_miss"]]
    inp = "".join(json.dumps(session(p)) + "\n" for _, _, p, _ in items)
    out = subprocess.run([a.cli, "classify", "--profile", "hvac117", "-"], input=inp, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert len(out) == len(items), "one output line per phrase"
    per, files = {}, {}
    for (tag, kind, phrase, name), line in zip(items, out):
        tagged = tag in {t for ts in json.loads(line)["tags"].values() for t in ts}
        f = files.setdefault(name, {"positive": [0, 0], "near_miss": [0, 0]})[kind]
        f[0] += tagged
        f[1] += 1
        r = per.setdefault(tag, {"positive": [0, 0, []], "near_miss": [0, 0, []]})[kind]
        r[0] += tagged
        r[1] += 1
        if tagged != (kind == "positive"):
            r[2].append(phrase)
    print(f"{'tag':22s} positives tagged   near misses tagged")
    for tag in sorted(per):
        p, n = per[tag]["positive"], per[tag]["near_miss"]
        print(f"{tag:22s} {p[0]:3d} / {p[1]:3d}          {n[0]:3d} / {n[1]:3d}")
        if a.verbose:
            for phrase in p[2]:
                print(f"    missed: {phrase}")
            for phrase in n[2]:
                print(f"    fired:  {phrase}")
    for name, f in sorted(files.items()):
        print(f"{name:30s} positives tagged {f['positive'][0]} / {f['positive'][1]}, "
              f"near misses tagged {f['near_miss'][0]} / {f['near_miss'][1]}")
    tp = sum(r["positive"][0] for r in per.values())
    tn = sum(r["positive"][1] for r in per.values())
    fp = sum(r["near_miss"][0] for r in per.values())
    fn = sum(r["near_miss"][1] for r in per.values())
    print(f"positives tagged {tp} / {tn} = {tp / tn:.3f}; near misses tagged {fp} / {fn} = {fp / fn:.3f}")
    bad = []
    if a.min_positive is not None and tp / tn < a.min_positive:
        bad.append(f"positives tagged {tp / tn:.3f} < {a.min_positive}")
    if a.max_near_miss is not None and fp / fn > a.max_near_miss:
        bad.append(f"near misses tagged {fp / fn:.3f} > {a.max_near_miss}")
    for b in bad:
        print("FAIL: " + b, file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
