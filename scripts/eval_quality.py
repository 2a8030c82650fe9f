#!/usr/bin/env python3
"""Precision, recall and F1 of the classifier profiles on labeled calls.

  eval_quality.py --cli build/dev/bin/calllock-postcall
                  [--data tests/data/eval/calls.jsonl] [--per-tag] [--errors dev]
                  [--gate test --min-precision P --min-f1 F --min-text-precision P --min-text-f1 F]
                  [--batch w12,w13,...]

Runs `calllock-postcall classify --profile X` for X in hvac117 and seed and compares each
call's tags with its gold labels. Prints, per split and for all calls, micro-averaged
precision / recall / F1 per category, the overall row (all nine categories) and the TEXT
row (the six categories decided by words alone: HAZARD, SERVICE_TYPE, REVENUE, RECOVERY,
LOGISTICS, NON_CUSTOMER). --per-tag adds a row per tag (hvac117). --errors SPLIT lists
hvac117's false positives and negatives per call on that split; it refuses 'test' (the
frozen split is read only in aggregate). With --gate SPLIT it exits 1 when hvac117's
overall or TEXT figures on that split fall below the given floors. --batch keeps only the calls
of the given writers' batches (the id's prefix before '_'): a batch added after the rules were
written is measured on its own, unbiased by earlier rounds.
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATEGORIES = ["HAZARD", "URGENCY", "SERVICE_TYPE", "REVENUE", "RECOVERY", "LOGISTICS", "CUSTOMER", "NON_CUSTOMER",
              "CONTEXT"]
TEXT_CATEGORIES = {"HAZARD", "SERVICE_TYPE", "REVENUE", "RECOVERY", "LOGISTICS", "NON_CUSTOMER"}


def category_map():
    """Tag -> category, from the tag list the corpus writers and labelers used."""
    out, cat = {}, None
    for line in open(ROOT / "tests/data/eval/brief/tags.md", encoding="utf-8"):
        if line.startswith("## "):
            cat = line[3:].strip()
        elif line.startswith("- ") and cat:
            out[line[2:].split(":")[0].strip()] = cat
    return out


def run(cli, profile, calls, explain=False):
    inp = "".join(json.dumps(c["session"]) + "\n" for c in calls)
    cmd = [cli, "classify", "--profile", profile] + (["--explain"] if explain else []) + ["-"]
    out = subprocess.run(cmd, input=inp, capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(calls), "one output line per call"
    if explain:
        return [json.loads(line)["evidence"] for line in out]
    return [{t for tags in json.loads(line)["tags"].values() for t in tags} for line in out]


def why(evidence):
    """One evidence record as text: where the words were, and the rule."""
    where = f"turn {evidence['turn']}" if "turn" in evidence else evidence.get("field", "rule")
    if "answered_by" in evidence:
        where += f" (answered yes in turn {evidence['answered_by']})"
    text = f" \"{evidence['text']}\"" if "text" in evidence else ""
    return f"{where}{text} <- {evidence['rule']}"


def score(calls, preds, category_of):
    stats = collections.defaultdict(lambda: [0, 0, 0])  # key -> tp, fp, fn
    for call, pred in zip(calls, preds):
        gold = set(call["labels"])
        for t in pred | gold:
            k = 0 if (t in pred and t in gold) else 1 if t in pred else 2
            cat = category_of[t]
            for key in (cat, "ALL", "tag:" + t) + (("TEXT",) if cat in TEXT_CATEGORIES else ()):
                stats[key][k] += 1
    return stats


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--data", default=str(ROOT / "tests/data/eval/calls.jsonl"))
    ap.add_argument("--per-tag", action="store_true")
    ap.add_argument("--errors")
    ap.add_argument("--gate")
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-f1", type=float)
    ap.add_argument("--min-text-precision", type=float)
    ap.add_argument("--min-text-f1", type=float)
    ap.add_argument("--batch", help="comma-separated batches (id prefixes, e.g. w12,w13): only their calls")
    ap.add_argument("--digits", type=int, default=3, help="decimals of the printed figures (default 3)")
    a = ap.parse_args()
    if a.errors == "test":
        print("the test split is frozen: only its aggregate figures are read", file=sys.stderr)
        return 2
    calls = [json.loads(line) for line in open(a.data, encoding="utf-8") if line.strip()]
    if a.batch:
        batches = set(a.batch.split(","))
        calls = [c for c in calls if c["id"].split("_")[0] in batches]
        if not calls:
            print("no call in batch(es)", a.batch, file=sys.stderr)
            return 2
    category_of = category_map()
    unknown = sorted({t for c in calls for t in c["labels"] if t not in category_of})
    if unknown:
        print("unknown label(s):", unknown, file=sys.stderr)
        return 2
    preds = {p: run(a.cli, p, calls) for p in ("hvac117", "seed")}
    unknown = sorted({t for pred in preds.values() for tags in pred for t in tags if t not in category_of})
    if unknown:
        print("unknown predicted tag(s):", unknown, file=sys.stderr)
        return 2

    splits = sorted({c["split"] for c in calls})
    failed = False
    for split in splits + ["all"]:
        idx = [i for i, c in enumerate(calls) if split == "all" or c["split"] == split]
        print(f"\n== {split}: {len(idx)} calls")
        w = a.digits + 4
        print(f"{'category':24}" + "".join(f"{p + ' P':>{w + 3}}{'R':>{w}}{'F1':>{w}}" for p in preds))
        results = {p: score([calls[i] for i in idx], [pred[i] for i in idx], category_of) for p, pred in preds.items()}
        rows = CATEGORIES + ["ALL", "TEXT"]
        if a.per_tag:
            rows += sorted(k for k in results["hvac117"] if k.startswith("tag:"))
        for key in rows:
            line = f"{key:24}"
            for p in preds:
                line += "".join(f"{v:>{w + 3 if j == 0 else w}.{a.digits}f}" for j, v in enumerate(prf(*results[p][key])))
            print(line)
        if split == a.gate:
            for row, min_p, min_f in (("ALL", a.min_precision, a.min_f1), ("TEXT", a.min_text_precision, a.min_text_f1)):
                p, _, f = prf(*results["hvac117"][row])
                if min_p is not None and p < min_p:
                    print(f"FAIL: hvac117 {split} {row} precision {p:.3f} < {min_p}", file=sys.stderr)
                    failed = True
                if min_f is not None and f < min_f:
                    print(f"FAIL: hvac117 {split} {row} F1 {f:.3f} < {min_f}", file=sys.stderr)
                    failed = True
    if a.errors:
        print(f"\n== hvac117 errors on {a.errors} (for each false positive, the evidence that gave it)")
        evidence = run(a.cli, "hvac117", calls, explain=True)
        rule_fp = collections.Counter()
        for c, pred, ev in zip(calls, preds["hvac117"], evidence):
            if a.errors not in ("all", c["split"]) or (a.errors == "all" and c["split"] == "test"):
                continue
            gold = set(c["labels"])
            fp, fn = sorted(pred - gold), sorted(gold - pred)
            if fp or fn:
                print(f"{c['id']}: FN {fn}")
                for t in fp:
                    print(f"    FP {t}: {why(ev[t][0])}")
                    rule_fp[(t, ev[t][0]["rule"])] += 1
        print("\n== false positives by rule")
        for (t, rule), n in rule_fp.most_common(40):
            print(f"{n:4} {t:24} {rule}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
