#!/usr/bin/env bash
# calllock-postcall classify on good and bad input: test_classify.sh CLI SOURCE_DIR
set -uo pipefail
cli=$(readlink -f "$1") src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $name" >&2; fails=$((fails + 1)); fi
}

# A single pretty-printed session object.
"$cli" classify "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/one.out" 2>"$tmp/one.err"
check "one session exits 0" test $? -eq 0
check "one session, one line" test "$(wc -l <"$tmp/one.out")" -eq 1
check "nine categories in order" grep -q '^{"tags":{"HAZARD":\[.*\],"URGENCY":\[.*"CONTEXT":\[' "$tmp/one.out"

# JSON Lines with bad lines among good ones: errors name line and field, others go on.
cat >"$tmp/mixed.jsonl" <<'JSONL'
{"phone_number":"+1","problem_description":"furnace"}
{"phone_number":"+1","state":"flying"}

{"phone_number":"+1","caller_known":"yes"}
{"phone_number":"+1","nickname":"x"}
{"state":"done"}
{"phone_number":"+1", broken
{"phone_number":"+1","transcript_log":[{"role":"user","content":"my dog"}]}
JSONL
"$cli" classify --profile seed "$tmp/mixed.jsonl" >"$tmp/mixed.out" 2>"$tmp/mixed.err"
rc=$?
check "bad lines make the exit code non-zero" test $rc -eq 1
check "good lines are still classified" test "$(wc -l <"$tmp/mixed.out")" -eq 2
check "unknown state named" grep -q "input line 2: field 'state': unknown state 'flying'" "$tmp/mixed.err"
check "wrong type named" grep -q "input line 4: field 'caller_known': expected a boolean, got a string" "$tmp/mixed.err"
check "unknown key named" grep -q "input line 5: field 'nickname': unknown key" "$tmp/mixed.err"
check "missing phone_number named" grep -q "input line 6: field 'phone_number': missing" "$tmp/mixed.err"
check "invalid JSON named" grep -q "input line 7: invalid JSON" "$tmp/mixed.err"
check "one error line per bad input" test "$(wc -l <"$tmp/mixed.err")" -eq 5

# Standard input, and "-".
echo '{"phone_number":"+1","problem_description":"the thermostat is blank"}' | "$cli" classify >"$tmp/stdin.out"
check "stdin" grep -q REPAIR_THERMOSTAT "$tmp/stdin.out"

# The default profile is hvac117: the agent's greeting "ACE Cooling" and a denied
# gas question tag nothing; the seed profile (the plan's substring rules) still can.
trap_call='{"phone_number":"+1","transcript_log":[{"role":"agent","content":"Thanks for calling ACE Cooling. Do you smell gas?"},{"role":"user","content":"No gas smell. Call me back at this location."}]}'
echo "$trap_call" | "$cli" classify >"$tmp/default.out"
echo "$trap_call" | "$cli" classify --profile hvac117 >"$tmp/hvac117.out"
echo "$trap_call" | "$cli" classify --profile seed >"$tmp/seed.out"
check "default profile is hvac117" cmp -s "$tmp/default.out" "$tmp/hvac117.out"
check "hvac117 ignores agent lines and look-alikes" grep -q '"SERVICE_TYPE":\[\],.*"LOGISTICS":\[\]' "$tmp/hvac117.out"
check "seed keeps the plan's substring matches" grep -q '"REPAIR_AC"' "$tmp/seed.out"

# The business time zone: 2026-03-09 13:30 UTC is 08:30 in Chicago, 06:30 in Los Angeles.
echo '{"phone_number":"+1","start_time":1773063000}' | "$cli" classify >"$tmp/chicago.out"
echo '{"phone_number":"+1","start_time":1773063000}' | "$cli" classify --zone America/Los_Angeles >"$tmp/la.out"
check "default zone Chicago: office hours" grep -q '"CONTEXT":\[\]' "$tmp/chicago.out"
check "zone Los Angeles: after hours" grep -q '"CONTEXT":\["AFTER_HOURS"\]' "$tmp/la.out"
"$cli" classify --zone Mars/Olympus </dev/null 2>/dev/null; check "unknown zone exits 2" test $? -eq 2
echo '{"phone_number":"+1"}' | "$cli" classify - >/dev/null
check "dash is stdin" test $? -eq 0

# Usage errors exit 2.
"$cli" classify --profile nope </dev/null 2>/dev/null; check "unknown profile exits 2" test $? -eq 2
"$cli" classify --bogus </dev/null 2>/dev/null; check "unknown option exits 2" test $? -eq 2
"$cli" frobnicate 2>/dev/null; check "unknown command exits 2" test $? -eq 2
"$cli" classify "$tmp/does-not-exist" 2>"$tmp/missing.err"; check "missing file fails" test $? -eq 1
check "missing file: says why" grep -q "cannot read '.*does-not-exist': No such file or directory" "$tmp/missing.err"
"$cli" classify "$tmp" 2>"$tmp/dir.err"; check "a directory fails" test $? -eq 1
check "a directory: says why" grep -q "cannot read '.*': Is a directory" "$tmp/dir.err"
"$cli" classify a b </dev/null 2>/dev/null; check "two files exit 2" test $? -eq 2

# Conventional manners: --help for the tool and each command (exit 0, stdout),
# --version, "--" before a file name that starts with a dash.
"$cli" --help >"$tmp/help.out"; check "--help exits 0" test $? -eq 0
check "--help lists the commands" grep -q "classify" "$tmp/help.out"
"$cli" classify --help >"$tmp/chelp.out"; check "classify --help exits 0" test $? -eq 0
check "classify --help lists its options" grep -q -- "--explain" "$tmp/chelp.out"
"$cli" payload -h >"$tmp/phelp.out"; check "payload -h exits 0" test $? -eq 0
check "payload --help shows the environment fallback" grep -q "DASHBOARD_USER_EMAIL" "$tmp/phelp.out"
"$cli" --version >"$tmp/version.out"; check "--version exits 0" test $? -eq 0
check "--version prints the version" grep -Eq "^calllock-postcall [0-9]+\.[0-9]+\.[0-9]+$" "$tmp/version.out"
"$cli" 2>/dev/null; check "no command exits 2" test $? -eq 2
echo "$trap_call" | "$cli" classify --profile seed --profile hvac117 >"$tmp/twice.out"
check "a repeated option: the last one wins" cmp -s "$tmp/twice.out" "$tmp/hvac117.out"
echo "$trap_call" | "$cli" classify --profile=seed >"$tmp/eq.out"
check "--option=value" cmp -s "$tmp/eq.out" "$tmp/seed.out"
echo '{"phone_number":"+1","problem_description":"furnace died"}' >"$tmp/-dash.json"
(cd "$tmp" && "$cli" classify -- -dash.json) >"$tmp/dashdash.out"
check "-- ends the options" grep -q REPAIR_HEATING "$tmp/dashdash.out"

# JSON Lines are answered as they come: the first answer is out before the second
# session is written.
fifo="$tmp/in.fifo"
mkfifo "$fifo"
"$cli" classify <"$fifo" >"$tmp/stream.out" &
pid=$!
exec 7>"$fifo"
echo '{"phone_number":"+1","problem_description":"furnace died"}' >&7
for _ in $(seq 1 100); do [ -s "$tmp/stream.out" ] && break; sleep 0.05; done
check "first line answered before the second arrives" test "$(wc -l <"$tmp/stream.out")" -eq 1
echo '{"phone_number":"+1"}' >&7
exec 7>&-
wait $pid
check "streaming exits 0" test $? -eq 0
check "both answered" test "$(wc -l <"$tmp/stream.out")" -eq 2

# Whatever the bytes: never a crash (exit code 0 or 1, never a signal).
for i in $(seq 1 40); do
  head -c $((RANDOM % 4000)) /dev/urandom >"$tmp/rand"
  "$cli" classify "$tmp/rand" >/dev/null 2>&1
  rc=$?
  check "random bytes #$i exit $rc" test $rc -le 1
done
printf '{"phone_number":"+1","problem_description":"caf\xe9 \xff\xfe furnace died"}\n' | "$cli" classify >"$tmp/utf8.out"
check "invalid UTF-8 accepted" grep -q REPAIR_HEATING "$tmp/utf8.out"

# --explain: evidence for every tag, with its turn and rule, or its field.
"$cli" classify --explain "$src/examples/calls/02_gas_leak_safety_exit.json" >"$tmp/explain.out"
check "--explain exits 0" test $? -eq 0
check "--explain: evidence for every tag" python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).read())
tags = {t for ts in d["tags"].values() for t in ts}
ev = d["evidence"]
assert tags == set(ev), (tags ^ set(ev))
assert all(e["rule"] for es in ev.values() for e in es)
gas = ev["GAS_LEAK"][0]
assert gas["turn"] == 1 and "gas" in gas["text"], gas
assert ev["CRITICAL_EVACUATE"][0]["field"] == "state"
assert ev["NEW_CUSTOMER"][0]["field"] == "caller_known"
' "$tmp/explain.out"
"$cli" classify --explain --profile seed "$src/examples/calls/02_gas_leak_safety_exit.json" >/dev/null 2>&1
check "--explain with seed is a usage error" test $? -eq 2

echo "cli classify: $passes passed, $fails failed"
test $fails -eq 0
