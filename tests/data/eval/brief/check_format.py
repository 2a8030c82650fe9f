#!/usr/bin/env python3
"""Checks a calls file in the authoring format (format.md). Prints problems; exit 1 if any."""
import datetime, json, re, sys
STATES = {"done", "callback", "safety_exit", "service_area", "discovery", "confirm", "booking", "welcome", "lookup"}
TIERS = {"emergency", "urgent", "high", "routine", "low"}
path = sys.argv[1]
batch = re.sub(r"\.jsonl$", "", path.rsplit("/", 1)[-1])
problems, ids = [], set()
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        problems.append(f"line {n}: not JSON: {e}"); continue
    i = c.get("id", "")
    where = f"line {n} ({i})"
    if not re.fullmatch(re.escape(batch) + r"_\d{3}", i): problems.append(f"{where}: id must be {batch}_NNN")
    if i in ids: problems.append(f"{where}: duplicate id")
    ids.add(i)
    f = c.get("fields")
    if not isinstance(f, dict): problems.append(f"{where}: no fields object"); continue
    if f.get("state") not in STATES: problems.append(f"{where}: fields.state must be one of {sorted(STATES)}")
    if not isinstance(f.get("caller_known"), bool): problems.append(f"{where}: fields.caller_known must be true/false")
    if f.get("urgency_tier") not in TIERS: problems.append(f"{where}: fields.urgency_tier must be one of {sorted(TIERS)}")
    if not isinstance(f.get("problem_description"), str): problems.append(f"{where}: fields.problem_description must be a string")
    if f.get("lead_type", "") not in ("", "high_ticket"): problems.append(f"{where}: fields.lead_type must be \"\" or high_ticket")
    try:
        d = datetime.datetime.strptime(c.get("local_start", ""), "%Y-%m-%d %H:%M")
        if not 2025 <= d.year <= 2026: problems.append(f"{where}: local_start outside 2025-2026")
    except ValueError:
        problems.append(f"{where}: local_start must be YYYY-MM-DD HH:MM")
    t = c.get("turns")
    if not isinstance(t, list) or not 6 <= len(t) <= 30:
        problems.append(f"{where}: turns must be a list of 6 to 30 entries"); continue
    for k, x in enumerate(t):
        ok = isinstance(x, list) and len(x) >= 2 and x[0] in ("agent", "user", "tool")
        ok = ok and (isinstance(x[1], str) and x[1].strip() != "")
        ok = ok and (len(x) == 3 and isinstance(x[2], dict) if x[0] == "tool" else len(x) == 2)
        if not ok: problems.append(f"{where}: turn {k} must be [\"agent\"|\"user\", text] or [\"tool\", name, {{...}}]")
    if not any(x[0] == "user" for x in t if isinstance(x, list) and x): problems.append(f"{where}: no caller turn")
    if not isinstance(c.get("notes", ""), str): problems.append(f"{where}: notes must be a string")
for p in problems: print(p)
print(f"{len(ids)} calls, {len(problems)} problems")
sys.exit(1 if problems else 0)
