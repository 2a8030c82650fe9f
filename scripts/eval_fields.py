#!/usr/bin/env python3
"""The derived dashboard fields of the evaluation corpus: blind labeling views, gold, scores.

  eval_fields.py views OUTDIR [--parts N] [--every K]
      writes the calls (tests/data/eval/raw) as plain-text views for labelers, in N parts;
      --every K keeps every K-th call (the second labeling)
  eval_fields.py gold
      merges tests/data/eval/fields/A*.jsonl (first labeling), B*.jsonl (second) and
      adjudicated.jsonl into tests/data/eval/fields/gold.jsonl and agreement.json;
      --check exits 1 when they are stale, --list-disagreements lists what needs settling
  eval_fields.py score --cli BIN [--split test|dev] [--errors dev] [--min-mean X] [--min-field Y]
                       [--batch w12,w13,...]
      runs `BIN payload` on the corpus sessions and prints per-field accuracy against gold
      (exact match for enums and booleans, +-1 for equipment_age and sentiment_score; an
      absent field equals null, and equipment_age_bracket "unknown"); --errors dev lists
      the dev split's errors (never the test split's); --min-* make it a gate (exit 1);
      --batch keeps only the calls of the given writers' batches (id prefixes)
  eval_fields.py summary-views OUTDIR --cli BIN --split dev|test [--parts N] [--only-changed DIR]
      writes the split's calls with the ai_summary BIN gives them, as views for blind judges
      (tests/data/eval/brief/summary_judge.md), in N parts, and OUTDIR/summaries.jsonl (id and
      summary); --only-changed keeps the calls whose summary differs from the verdicts in DIR
  eval_fields.py summary-score --cli BIN --split dev|test [--verdicts DIR] [--min-all X] [--min-judged Y]
      the judges' verdicts (DIR, default tests/data/eval/fields/summary: files summary_*.jsonl
      with "id", "summary", "problem", "outcome", "faithful"; per call and summary, the latest
      round's verdict, rounds by the number after '_r') on the summaries BIN gives now: the share of the judged calls whose summary names the problem,
      states the outcome, says nothing the call did not, and all three; a call whose summary
      changed since it was judged is not judged (exit 1 when all three < X or fewer than a share
      Y of the calls are judged); with second_*.jsonl files in DIR (a second, independent judging of
      some calls), the two judgings' agreement

The field definitions the labelers applied: tests/data/eval/brief/fields.md.
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests/data/eval"
FIELDS = ["caller_type", "primary_intent", "work_type", "is_callback_complaint", "potential_replacement",
          "is_decision_maker", "property_type", "system_status", "equipment_type", "equipment_age",
          "equipment_age_bracket", "problem_duration", "problem_onset", "problem_pattern",
          "customer_attempted_fixes", "sentiment_score", "hvac_issue_type"]
NUMERIC = {"equipment_age": 1, "sentiment_score": 1}


def read_jsonl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def render(c):
    f = c["fields"]
    out = [f"=== CALL {c['id']}", f"call date (local): {c['local_start']}",
           "fields: " + json.dumps({k: f[k] for k in ("state", "caller_known", "urgency_tier", "problem_description",
                                                       "lead_type", "booking_confirmed") if k in f})]
    for t in c["turns"]:
        if t[0] == "tool":
            out.append(f"[tool {t[1]}] {json.dumps(t[2])}")
        else:
            out.append(("AGENT: " if t[0] == "agent" else "CALLER: ") + t[1])
    return "\n".join(out) + "\n"


def views(args):
    raw = [c for p in sorted((EVAL / "raw").glob("w*.jsonl")) for c in read_jsonl(p)]
    raw = raw[::args.every]
    outdir = pathlib.Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    n = args.parts
    for k in range(n):
        part = raw[k::n]
        (outdir / f"part{k + 1}.txt").write_text("\n".join(render(c) for c in part), encoding="utf-8")
        print(f"part{k + 1}.txt: {len(part)} calls")


def norm(field, v):
    if field == "customer_attempted_fixes":
        return sorted(set(v or []))
    if field == "equipment_age_bracket" and v in (None, "unknown"):
        return None
    return v


def agree(field, a, b):
    a, b = norm(field, a), norm(field, b)
    if field in NUMERIC and a is not None and b is not None:
        return abs(a - b) <= NUMERIC[field]
    return a == b


def gold(args):
    d = EVAL / "fields"
    first = {r["id"]: r for p in sorted(d.glob("A*.jsonl")) for r in read_jsonl(p)}
    second = {r["id"]: r for p in sorted(d.glob("B*.jsonl")) for r in read_jsonl(p)}
    adj_path = d / "adjudicated.jsonl"
    settled = {(r["id"], r["field"]): r["value"] for r in read_jsonl(adj_path)} if adj_path.exists() else {}
    raw_ids = [c["id"] for p in sorted((EVAL / "raw").glob("w*.jsonl")) for c in read_jsonl(p)]
    missing = [i for i in raw_ids if i not in first]
    if missing:
        raise SystemExit(f"{len(missing)} calls have no first labeling, e.g. {missing[:5]}")
    pairs = agreed = 0
    unsettled = []
    out = []
    for i in raw_ids:
        row = {"id": i}
        for f in FIELDS:
            v = first[i].get(f)
            if i in second:
                pairs += 1
                if agree(f, v, second[i].get(f)):
                    agreed += 1
                elif (i, f) in settled:
                    v = settled[(i, f)]
                else:
                    unsettled.append((i, f, v, second[i].get(f)))
            row[f] = norm(f, v)
        out.append(row)
    if args.list_disagreements:
        for u in unsettled:
            print(json.dumps({"id": u[0], "field": u[1], "A": u[2], "B": u[3]}))
        return
    if unsettled:
        raise SystemExit(f"{len(unsettled)} disagreements without adjudication (--list-disagreements)")
    gold_text = "".join(json.dumps(r) + "\n" for r in out)
    agreement = {"calls": len(out), "second_labeling_calls": len(second), "field_pairs": pairs,
                 "field_agreement": round(agreed / pairs, 4) if pairs else None,
                 "settled": len(settled)}
    agreement_text = json.dumps(agreement, indent=2) + "\n"
    if args.check:
        stale = [p.name for p, text in ((d / "gold.jsonl", gold_text), (d / "agreement.json", agreement_text))
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print("stale (run scripts/eval_fields.py gold):", *stale)
            return 1
        return 0
    (d / "gold.jsonl").write_text(gold_text, encoding="utf-8")
    (d / "agreement.json").write_text(agreement_text, encoding="utf-8")
    print(json.dumps(agreement))


def score(args):
    calls = {c["id"]: c for c in read_jsonl(EVAL / "calls.jsonl")}
    gold_rows = {r["id"]: r for r in read_jsonl(EVAL / "fields" / "gold.jsonl")}
    ids = [i for i in gold_rows if calls[i]["split"] == args.split]
    if args.batch:
        batches = set(args.batch.split(","))
        ids = [i for i in ids if i.split("_")[0] in batches]
    stdin = "".join(json.dumps(calls[i]["session"]) + "\n" for i in ids)
    res = subprocess.run([args.cli, "payload", "--user-email", "owner@example.com", "-"], input=stdin, capture_output=True,
                         text=True)
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    if len(lines) != len(ids):
        raise SystemExit(f"payload gave {len(lines)} results for {len(ids)} sessions: {res.stderr[:400]}")
    right = {f: 0 for f in FIELDS}
    filled = {f: [0, 0] for f in FIELDS}  # gold has a value: [predicted one, total]
    errors = []
    for i, out in zip(ids, lines):
        job = out.get("job", {})
        call = out.get("call", {})
        pred = {f: job.get(f, call.get(f)) for f in FIELDS}
        for f in FIELDS:
            g = gold_rows[i][f]
            ok = agree(f, pred[f], g)
            right[f] += ok
            if norm(f, g) not in (None, []):
                filled[f][1] += 1
                filled[f][0] += norm(f, pred[f]) not in (None, [])
            if not ok and args.errors == args.split == "dev":
                errors.append((f, i, g, pred[f]))
    n = len(ids)
    print(f"split {args.split}: {n} calls")
    print(f"{'field':26} accuracy  filled-when-supported")
    for f in FIELDS:
        fw = f"{filled[f][0]}/{filled[f][1]}" if filled[f][1] else "-"
        print(f"{f:26} {right[f] / n:{args.digits + 5}.{args.digits}f}  {fw}")
    mean = sum(right.values()) / (n * len(FIELDS))
    print(f"{'mean':26} {mean:{args.digits + 5}.{args.digits}f}")
    for e in sorted(errors):
        print("ERR", *e)
    failed = []
    if args.min_mean is not None and mean < args.min_mean:
        failed.append(f"mean {mean:.3f} < {args.min_mean}")
    if args.min_field is not None:
        failed += [f"{f} {right[f] / n:.3f} < {args.min_field}" for f in FIELDS if right[f] / n < args.min_field]
    if failed:
        print("FAIL: " + "; ".join(failed))
        return 1
    return 0


def summaries(cli, ids, calls):
    """The ai_summary BIN gives each call ("" when it gives none)."""
    stdin = "".join(json.dumps(calls[i]["session"]) + "\n" for i in ids)
    res = subprocess.run([cli, "payload", "--user-email", "owner@example.com", "-"], input=stdin, capture_output=True,
                         text=True)
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    if len(lines) != len(ids):
        raise SystemExit(f"payload gave {len(lines)} results for {len(ids)} sessions: {res.stderr[:400]}")
    return {i: out.get("job", {}).get("ai_summary", "") for i, out in zip(ids, lines)}


def verdict_files(d, prefix):
    """The verdict files of d that start with prefix, in round order (summary_r3_... before
    summary_r10_...): the round is the number after '_r'."""
    def key(p):
        parts = p.stem.split("_")
        rnd = next((int(x[1:]) for x in parts if x[:1] == "r" and x[1:].isdigit()), 0)
        return rnd, p.name
    return sorted(pathlib.Path(d).glob(prefix + "_*.jsonl"), key=key)


def read_verdicts(d, prefix="summary"):
    """id -> {summary -> the latest verdict on that summary} from the verdict files of d: a later
    round's verdict on another summary does not hide one on the summary a call gets now."""
    out = {}
    for p in verdict_files(d, prefix):
        for r in read_jsonl(p):
            for q in ("problem", "outcome", "faithful"):
                if not isinstance(r.get(q), bool):
                    raise SystemExit(f"{p.name}: {r.get('id')}: '{q}' is not true or false")
            out.setdefault(r["id"], {})[r.get("summary")] = r
    return out


def summary_views(args):
    calls = {c["id"]: c for c in read_jsonl(EVAL / "calls.jsonl")}
    raw = {c["id"]: c for p in sorted((EVAL / "raw").glob("w*.jsonl")) for c in read_jsonl(p)}
    ids = [i for i in raw if calls[i]["split"] == args.split]
    text = summaries(args.cli, ids, calls)
    if args.only_changed:
        judged = read_verdicts(args.only_changed)
        ids = [i for i in ids if text[i] not in judged.get(i, {})]
    outdir = pathlib.Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "summaries.jsonl").write_text("".join(json.dumps({"id": i, "summary": text[i]}) + "\n" for i in ids),
                                            encoding="utf-8")
    for k in range(args.parts):
        part = ids[k::args.parts]
        body = "\n".join(render(raw[i]) + f"SUMMARY TO JUDGE: {text[i]}\n" for i in part)
        (outdir / f"part{k + 1}.txt").write_text(body, encoding="utf-8")
        print(f"part{k + 1}.txt: {len(part)} calls")


def summary_score(args):
    calls = {c["id"]: c for c in read_jsonl(EVAL / "calls.jsonl")}
    ids = [i for i in calls if calls[i]["split"] == args.split]
    text = summaries(args.cli, ids, calls)
    by_summary = read_verdicts(args.verdicts)
    verdicts = {i: by_summary[i][text[i]] for i in ids if text[i] in by_summary.get(i, {})}
    judged = [i for i in ids if i in verdicts]
    n = len(ids)
    print(f"split {args.split}: {n} calls, {len(judged)} with a verdict on the summary they get now")
    if not judged:
        return 1 if args.min_all is not None or args.min_judged is not None else 0
    rates = {}
    for q in ("problem", "outcome", "faithful"):
        rates[q] = sum(bool(verdicts[i][q]) for i in judged) / len(judged)
    rates["all three"] = sum(all(verdicts[i][q] for q in ("problem", "outcome", "faithful")) for i in judged) / len(judged)
    for q, r in rates.items():
        print(f"{q:12} {r:.{args.digits}f}")
    # A second, independent judging of some calls (second_*.jsonl): how often the two agree.
    second_by = read_verdicts(args.verdicts, "second")
    second = {i: second_by[i][text[i]] for i in judged if text[i] in second_by.get(i, {})}
    pairs = [i for i in judged if i in second]
    if pairs:
        agree = {q: sum(bool(second[i][q]) == bool(verdicts[i][q]) for i in pairs) / len(pairs)
                 for q in ("problem", "outcome", "faithful")}
        both = sum(all(second[i][q] for q in ("problem", "outcome", "faithful")) ==
                   all(verdicts[i][q] for q in ("problem", "outcome", "faithful")) for i in pairs) / len(pairs)
        by_second = sum(all(second[i][q] for q in ("problem", "outcome", "faithful")) for i in pairs) / len(pairs)
        print(f"second judging of {len(pairs)} calls: agreement problem {agree['problem']:.{args.digits}f}, "
              f"outcome {agree['outcome']:.{args.digits}f}, faithful {agree['faithful']:.{args.digits}f}, "
              f"all three {both:.{args.digits}f}; all three by the second judges {by_second:.{args.digits}f}")
    failed = []
    if args.min_all is not None and rates["all three"] < args.min_all:
        failed.append(f"all three {rates['all three']:.4f} < {args.min_all}")
    if args.min_judged is not None and len(judged) < args.min_judged * n:
        failed.append(f"{n - len(judged)} calls have no verdict on the summary they get now "
                      f"(judge them: summary-views --only-changed)")
    if failed:
        print("FAIL: " + "; ".join(failed))
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("views")
    v.add_argument("outdir")
    v.add_argument("--parts", type=int, default=1)
    v.add_argument("--every", type=int, default=1)
    g = sub.add_parser("gold")
    g.add_argument("--list-disagreements", action="store_true")
    g.add_argument("--check", action="store_true", help="exit 1 when gold.jsonl or agreement.json is stale")
    s = sub.add_parser("score")
    s.add_argument("--cli", required=True)
    s.add_argument("--split", default="test", choices=["dev", "test"])
    s.add_argument("--errors", choices=["dev"])
    s.add_argument("--min-mean", type=float, help="fail below this mean accuracy")
    s.add_argument("--min-field", type=float, help="fail when any field is below this accuracy")
    s.add_argument("--batch", help="comma-separated batches (id prefixes, e.g. w12,w13): only their calls")
    s.add_argument("--digits", type=int, default=3, help="decimals of the printed figures (default 3)")
    sv = sub.add_parser("summary-views")
    sv.add_argument("outdir")
    sv.add_argument("--cli", required=True)
    sv.add_argument("--split", required=True, choices=["dev", "test"])
    sv.add_argument("--parts", type=int, default=1)
    sv.add_argument("--only-changed", help="a verdicts folder: keep the calls whose summary is not judged there")
    ss = sub.add_parser("summary-score")
    ss.add_argument("--cli", required=True)
    ss.add_argument("--split", required=True, choices=["dev", "test"])
    ss.add_argument("--verdicts", default=str(EVAL / "fields" / "summary"))
    ss.add_argument("--min-all", type=float, help="fail below this share of all three (among the calls judged)")
    ss.add_argument("--min-judged", type=float,
                    help="fail when fewer than this share of the calls have a verdict on their summary now")
    ss.add_argument("--digits", type=int, default=3)
    args = ap.parse_args()
    return {"views": views, "gold": gold, "score": score, "summary-views": summary_views,
            "summary-score": summary_score}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
