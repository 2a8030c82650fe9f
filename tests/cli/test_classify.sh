#!/usr/bin/env bash
# calllock-postcall classify on good and bad input: test_classify.sh CLI SOURCE_DIR
set -uo pipefail
cli=$1 src=$2
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
echo '{"phone_number":"+1","problem_description":"thermostat"}' | "$cli" classify >"$tmp/stdin.out"
check "stdin" grep -q REPAIR_THERMOSTAT "$tmp/stdin.out"
echo '{"phone_number":"+1"}' | "$cli" classify - >/dev/null
check "dash is stdin" test $? -eq 0

# Usage errors exit 2.
"$cli" classify --profile nope </dev/null 2>/dev/null; check "unknown profile exits 2" test $? -eq 2
"$cli" classify --bogus </dev/null 2>/dev/null; check "unknown option exits 2" test $? -eq 2
"$cli" frobnicate 2>/dev/null; check "unknown command exits 2" test $? -eq 2
"$cli" classify "$tmp/does-not-exist" 2>/dev/null; check "missing file fails" test $? -eq 1

# Whatever the bytes: never a crash (exit code 0 or 1, never a signal).
for i in $(seq 1 40); do
  head -c $((RANDOM % 4000)) /dev/urandom >"$tmp/rand"
  "$cli" classify "$tmp/rand" >/dev/null 2>&1
  rc=$?
  check "random bytes #$i exit $rc" test $rc -le 1
done
printf '{"phone_number":"+1","problem_description":"caf\xe9 \xff\xfe furnace"}\n' | "$cli" classify >"$tmp/utf8.out"
check "invalid UTF-8 accepted" grep -q REPAIR_HEATING "$tmp/utf8.out"

echo "cli classify: $passes passed, $fails failed"
test $fails -eq 0
