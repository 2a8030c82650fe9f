#!/usr/bin/env bash
# calllock-postcall payload: test_payload.sh CLI CONTRACT_CHECK SOURCE_DIR
# Every payload line is checked with the dashboard contract (contract_check).
set -uo pipefail
cli=$1 check_contract=$2 src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $name" >&2; fails=$((fails + 1)); fi
}
unset DASHBOARD_USER_EMAIL
email=(--user-email owner@test.com)

# Every example call: one line each, accepted by the contract.
for f in "$src"/examples/calls/*.json "$src"/examples/calls/*.jsonl; do
  "$cli" payload "${email[@]}" "$f" >>"$tmp/examples.out" 2>>"$tmp/examples.err"
  check "$(basename "$f") exits 0" test $? -eq 0
done
check "examples accepted by the contract" "$check_contract" <"$tmp/examples.out"
check "seven example sessions" test "$(wc -l <"$tmp/examples.out")" -eq 7
check "one line has the keys in order" grep -q '^{"tags":{"HAZARD":.*},"priority":{.*},"revenue":{.*},"job":{.*},"call":{.*},"alert":' "$tmp/examples.out"
check "gas leak has an alert" grep -q '"outcome":"safety_emergency".*"alert":{"call_id":"CA_demo_gas_leak"' "$tmp/examples.out"
check "a booked call has no alert" grep -q '"call_id":"CA_demo_booked_ac".*"alert":null}$' "$tmp/examples.out"

# The plan's fixture: --end-time, scheduled_at with the business offset, duration.
cat >"$tmp/plan.json" <<'JSON'
{"phone_number":"+15125551234","call_sid":"CA_test_123","start_time":1000.0,"state":"done",
 "caller_known":true,"customer_name":"Jonas","service_address":"4210 South Lamar Blvd",
 "problem_description":"AC blowing warm air","booking_confirmed":true,"booked_time":"2026-02-20T10:00:00",
 "urgency_tier":"routine","transcript_log":[
  {"role":"agent","content":"Thanks for calling ACE Cooling.","timestamp":1000.0},
  {"role":"user","content":"My AC is blowing warm air.","timestamp":1002.0},
  {"role":"tool","name":"book_service","result":{"booked":true},"timestamp":1010.0},
  {"role":"agent","content":"You're all set for tomorrow morning.","timestamp":1012.0}]}
JSON
"$cli" payload "${email[@]}" --end-time 1015 "$tmp/plan.json" >"$tmp/plan.out"
check "plan fixture exits 0" test $? -eq 0
check "duration 15" grep -q '"duration_seconds":15,' "$tmp/plan.out"
check "scheduled_at in Chicago time" grep -q '"scheduled_at":"2026-02-20T10:00:00-06:00"' "$tmp/plan.out"
check "urgency mapped" grep -q '"urgency":"low"' "$tmp/plan.out"
check "no tool entry in the call transcript" bash -c "! grep -q '\"call\":{.*\"role\":\"tool\"' '$tmp/plan.out'"
check "plan fixture accepted" "$check_contract" <"$tmp/plan.out"
# Default end time: the last transcript timestamp (1012).
"$cli" payload "${email[@]}" "$tmp/plan.json" >"$tmp/default_end.out"
check "default end time is the last timestamp" grep -q '"duration_seconds":12,' "$tmp/default_end.out"
# Another business time zone.
"$cli" payload "${email[@]}" --business-tz America/Los_Angeles "$tmp/plan.json" >"$tmp/la.out"
check "--business-tz" grep -q '"scheduled_at":"2026-02-20T10:00:00-08:00"' "$tmp/la.out"
# The email from the environment, as the plan's DASHBOARD_USER_EMAIL.
DASHBOARD_USER_EMAIL=env@test.com "$cli" payload "$tmp/plan.json" >"$tmp/env.out"
check "DASHBOARD_USER_EMAIL" grep -q '"user_email":"env@test.com"' "$tmp/env.out"

# Bad lines among good ones: reported like classify, the others still built.
cat >"$tmp/mixed.jsonl" <<'JSONL'
{"phone_number":"","state":"safety_exit","urgency_tier":"whatever"}
{"phone_number":"+1","state":"flying"}
{"phone_number":"+1","booking_confirmed":true,"booked_time":"next tuesday","transcript_log":[{"role":"tool","name":"x"}]}
{"phone_number":"+1", broken
{"phone_number":"+1","start_time":-5,"customer_name":"caf\u00e9"}
JSONL
"$cli" payload "${email[@]}" --end-time 1771603200 "$tmp/mixed.jsonl" >"$tmp/mixed.out" 2>"$tmp/mixed.err"
check "bad lines exit 1" test $? -eq 1
check "good lines still built" test "$(wc -l <"$tmp/mixed.out")" -eq 3
check "unknown state named" grep -q "input line 2: field 'state': unknown state 'flying'" "$tmp/mixed.err"
check "invalid JSON named" grep -q "input line 4: invalid JSON" "$tmp/mixed.err"
check "unparseable booked time reported" grep -q "input line 3: note: scheduled_at: booked_time 'next tuesday'" "$tmp/mixed.err"
check "mixed payloads accepted" "$check_contract" <"$tmp/mixed.out"
check "empty phone gets a placeholder" grep -q '"customer_phone":"unknown"' "$tmp/mixed.out"
check "unknown start: started_at is the end time" grep -q '"started_at":"2026-02-20T10:00:00-06:00","ended_at":"2026-02-20T10:00:00-06:00","duration_seconds":0' "$tmp/mixed.out"
check "derived call id" grep -q '"call_id":"calllock-[0-9a-f]\{16\}"' "$tmp/mixed.out"
"$cli" payload "${email[@]}" --end-time 1771603200 "$tmp/mixed.jsonl" 2>/dev/null >"$tmp/mixed2.out"
check "derived call ids are stable" cmp -s "$tmp/mixed.out" "$tmp/mixed2.out"

# Configuration errors: a clear message, exit 2, nothing read or printed.
echo '{"phone_number":"+1"}' | "$cli" payload >"$tmp/noemail.out" 2>"$tmp/noemail.err"
check "missing email exits 2" test $? -eq 2
check "missing email explained" grep -q "configuration 'user_email': missing" "$tmp/noemail.err"
check "nothing printed without an email" test ! -s "$tmp/noemail.out"
echo '{"phone_number":"+1"}' | "$cli" payload --user-email owner@ 2>"$tmp/bademail.err" >/dev/null
check "bad email exits 2" test $? -eq 2
check "bad email explained" grep -q "'owner@' is not an email address" "$tmp/bademail.err"
echo '{"phone_number":"+1"}' | "$cli" payload "${email[@]}" --business-tz Mars/Base 2>"$tmp/tz.err" >/dev/null
check "unknown tz exits 2" test $? -eq 2
check "unknown tz explained" grep -q "unknown time zone 'Mars/Base'" "$tmp/tz.err"
"$cli" payload "${email[@]}" --end-time soon </dev/null 2>/dev/null; check "bad --end-time exits 2" test $? -eq 2
"$cli" payload "${email[@]}" --profile nope </dev/null 2>/dev/null; check "unknown profile exits 2" test $? -eq 2
"$cli" payload "${email[@]}" --bogus x </dev/null 2>/dev/null; check "unknown option exits 2" test $? -eq 2
"$cli" payload "${email[@]}" "$tmp/does-not-exist" 2>/dev/null; check "missing file fails" test $? -eq 1

# Whatever the bytes: never a crash, and whatever is printed is accepted.
for i in $(seq 1 30); do
  head -c $((RANDOM % 4000)) /dev/urandom >"$tmp/rand"
  "$cli" payload "${email[@]}" "$tmp/rand" >"$tmp/rand.out" 2>/dev/null
  rc=$?
  check "random bytes #$i exit $rc" test $rc -le 1
done
printf '{"phone_number":"\xff\xfe","customer_name":"caf\xe9","booking_confirmed":true,"booked_time":"2026-03-08T02:30:00","start_time":1e300}\n' \
  | "$cli" payload "${email[@]}" --end-time 1772956800 >"$tmp/utf8.out"
check "invalid UTF-8 repaired and accepted" "$check_contract" <"$tmp/utf8.out"
check "gap time moved forward" grep -q '"scheduled_at":"2026-03-08T03:30:00-05:00"' "$tmp/utf8.out"

echo "cli payload: $passes passed, $fails failed"
test $fails -eq 0
