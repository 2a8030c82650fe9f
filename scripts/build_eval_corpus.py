#!/usr/bin/env python3
"""Builds the realistic evaluation corpus, tests/data/eval/calls.jsonl, from its sources.

  build_eval_corpus.py           writes calls.jsonl and agreement.json
  build_eval_corpus.py --check   exits 1 when either is stale

Sources (tests/data/eval/, see docs/classification-quality.md for how they were made):
  raw/w*.jsonl        the calls as their writers wrote them (authoring format: session fields,
                      local start time in America/Chicago, turns)
  labels/w*_A.jsonl   the first labeling of every call (labelers who saw only the labeling policy
                      and the tag descriptions)
  labels/B*.jsonl     the second, independent labeling (of every call since stop 52)
  labels/adjudicated.jsonl  each disagreement between the two, settled by the policy

The gold labels of a call: its first labeling, with the adjudicated disagreements applied
where there was a second one, plus the tags the policy defines mechanically (computed here
from the policy's own rules, not by the library): NEW_CUSTOMER / EXISTING_CUSTOMER from
caller_known, and PEAK_SUMMER, PEAK_WINTER, AFTER_HOURS, WEEKEND, HOLIDAY_WEEK from the
start time in America/Chicago.

Splits: 'test' (frozen: read only its aggregate figures) for ids whose SHA-256 starts with
a byte below 0x66 (about 40%), 'dev' for the rest, except the calls listed in
split_overrides.jsonl: a test call whose content was seen (its errors studied, or printed in
full) moves to 'dev', and the new blind call written to replace it goes to 'test'.
"""
import datetime
import hashlib
import json
import pathlib
import random
import sys
import zoneinfo

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "eval"
CHI = zoneinfo.ZoneInfo("America/Chicago")
MECHANICAL = {"NEW_CUSTOMER", "EXISTING_CUSTOMER", "PEAK_SUMMER", "PEAK_WINTER", "AFTER_HOURS", "WEEKEND",
              "HOLIDAY_WEEK"}


def nth_weekday(year, month, weekday, n):
    """The n-th (1-based; -1 = last) given weekday (Mon=0) of a month."""
    if n > 0:
        d = datetime.date(year, month, 1)
        d += datetime.timedelta(days=(weekday - d.weekday()) % 7)
        return d + datetime.timedelta(weeks=n - 1)
    d = datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=(d.weekday() - weekday) % 7)


def federal_holidays(year):
    """US federal holidays of a year, on their observed dates (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [datetime.date(year, 1, 1), datetime.date(year, 6, 19), datetime.date(year, 7, 4),
             datetime.date(year, 11, 11), datetime.date(year, 12, 25)]
    observed = []
    for d in fixed:
        if d.weekday() == 5:
            d -= datetime.timedelta(days=1)
        elif d.weekday() == 6:
            d += datetime.timedelta(days=1)
        observed.append(d)
    return observed + [nth_weekday(year, 1, 0, 3), nth_weekday(year, 2, 0, 3), nth_weekday(year, 5, 0, -1),
                       nth_weekday(year, 9, 0, 1), nth_weekday(year, 10, 0, 2), nth_weekday(year, 11, 3, 4)]


def clock_tags(local):
    tags = set()
    if local.month in (6, 7, 8):
        tags.add("PEAK_SUMMER")
    if local.month in (12, 1, 2):
        tags.add("PEAK_WINTER")
    if local.hour < 8 or local.hour >= 17:
        tags.add("AFTER_HOURS")
    if local.weekday() >= 5:
        tags.add("WEEKEND")
    monday = local.date() - datetime.timedelta(days=local.weekday())
    week = {monday + datetime.timedelta(days=i) for i in range(7)}
    # The observed date of next year's New Year's Day can fall in this year (Dec 31).
    if any(h in week for y in (local.year - 1, local.year, local.year + 1) for h in federal_holidays(y)):
        tags.add("HOLIDAY_WEEK")
    return tags


def to_session(c):
    f = c["fields"]
    local = datetime.datetime.strptime(c["local_start"], "%Y-%m-%d %H:%M").replace(tzinfo=CHI)
    rnd = random.Random(c["id"])
    s = {"call_sid": "CA_" + c["id"], "phone_number": "+1512555%04d" % rnd.randrange(10000),
         "start_time": float(local.timestamp())}
    for k in ("state", "caller_known", "urgency_tier", "problem_description", "lead_type", "booking_confirmed",
              "customer_name", "service_address", "zip_code", "preferred_time", "booked_time", "callback_created",
              "caller_confirmed"):
        if f.get(k) is not None:
            s[k] = f[k]
    t = s["start_time"]
    log = []
    for x in c["turns"]:
        t += rnd.uniform(1.5, 9.0)
        if x[0] == "tool":
            log.append({"role": "tool", "name": x[1], "result": x[2], "timestamp": round(t, 3)})
        else:
            log.append({"role": x[0], "content": x[1], "timestamp": round(t, 3)})
    s["transcript_log"] = log
    return s, local


def read_jsonl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def build():
    raw = [c for p in sorted((EVAL / "raw").glob("w*.jsonl")) for c in read_jsonl(p)]
    first = {d["id"]: set(d["labels"]) for p in sorted((EVAL / "labels").glob("w*_A.jsonl")) for d in read_jsonl(p)}
    second = {d["id"]: set(d["labels"]) for p in sorted((EVAL / "labels").glob("B*.jsonl")) for d in read_jsonl(p)}
    settled = {(d["id"], d["tag"]): d["belongs"] for d in read_jsonl(EVAL / "labels" / "adjudicated.jsonl")}
    overrides = {d["id"]: d["split"] for d in read_jsonl(EVAL / "split_overrides.jsonl")}
    unknown = set(overrides) - {c["id"] for c in raw}
    if unknown:
        raise SystemExit(f"split_overrides.jsonl names calls that do not exist: {sorted(unknown)}")
    both = agree_pairs = 0
    for i, b in second.items():
        a = first[i]
        both += 2 * len(a & b)
        agree_pairs += len(a ^ b)
    identical = sum(first[i] == b for i, b in second.items())
    calls = []
    for c in raw:
        i = c["id"]
        labels = set(first[i])
        if i in second:
            for t in first[i] ^ second[i]:
                if (i, t) not in settled:
                    raise SystemExit(f"{i} {t}: a disagreement with no adjudication")
                (labels.add if settled[(i, t)] else labels.discard)(t)
        labels -= MECHANICAL  # the labelers were told to leave them out; computed here
        session, local = to_session(c)
        labels |= clock_tags(local)
        labels.add("EXISTING_CUSTOMER" if c["fields"]["caller_known"] else "NEW_CUSTOMER")
        split = "test" if hashlib.sha256(i.encode()).digest()[0] < 0x66 else "dev"
        split = overrides.get(i, split)
        calls.append({"id": i, "split": split, "labels": sorted(labels), "session": session})
    agreement = {
        "calls": len(raw),
        "second_labeling_calls": len(second),
        "label_agreement_f1": round(both / (both + agree_pairs), 4),
        "identical_label_sets": identical,
        "disagreements": agree_pairs,
        "settled_for_the_tag": sum(1 for v in settled.values() if v),
        "settled_against_the_tag": sum(1 for v in settled.values() if not v),
        "splits": {s: sum(c["split"] == s for c in calls) for s in ("dev", "test")},
    }
    return calls, agreement


def main():
    calls, agreement = build()
    text = "".join(json.dumps(c, sort_keys=True) + "\n" for c in calls)
    agree = json.dumps(agreement, indent=2, sort_keys=True) + "\n"
    out, aout = EVAL / "calls.jsonl", EVAL / "agreement.json"
    if "--check" in sys.argv[1:]:
        stale = [p.name for p, t in ((out, text), (aout, agree)) if not p.exists() or p.read_text() != t]
        if stale:
            print("stale:", ", ".join(stale), "(run scripts/build_eval_corpus.py)", file=sys.stderr)
            return 1
        return 0
    out.write_text(text)
    aout.write_text(agree)
    print(agree, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
