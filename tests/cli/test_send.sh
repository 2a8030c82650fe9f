#!/usr/bin/env bash
# calllock-postcall serve + send end to end on 127.0.0.1: test_send.sh CLI SOURCE_DIR
set -uo pipefail
cli=$1 src=$2
tmp=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fails=0 passes=0
check() {
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $name" >&2; fails=$((fails + 1)); fi
}

"$cli" serve --port 0 --secret s3cret --store "$tmp/store" >"$tmp/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 50); do grep -q listening "$tmp/serve.out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$tmp/serve.out")
check "serve prints its address" test -n "$url"

export DASHBOARD_WEBHOOK_URL="$url/api/webhook/jobs" DASHBOARD_WEBHOOK_SECRET=s3cret DASHBOARD_USER_EMAIL=owner@example.com
export CALLLOCK_OUTBOX_DIR="$tmp/outbox"
cat "$src"/examples/calls/*.json >/dev/null
for f in "$src"/examples/calls/*; do "$cli" send "$f" >>"$tmp/send.out" 2>>"$tmp/send.err"; done
check "every call delivered" test "$(grep -c '"delivered":true' "$tmp/send.out")" -eq 7
check "two emergency alerts" test "$(wc -l <"$tmp/store/emergency-alerts.jsonl")" -eq 2
check "seven call records" test "$(wc -l <"$tmp/store/calls.jsonl")" -eq 7
check "call records linked to jobs or leads" test "$(grep -c -E '"(job|lead)_id":' "$tmp/store/calls.jsonl")" -eq 7
check "the outbox is empty after delivery" test -z "$(ls -A "$tmp/outbox/pending")"
check "the outbox is private" test "$(stat -c %a "$tmp/outbox")" = 700

# The dashboard down: the call is kept in the outbox, then `replay` delivers it.
down="http://127.0.0.1:9/api/webhook/jobs"
DASHBOARD_WEBHOOK_URL=$down CALLLOCK_RETRY_BUDGET_SECONDS=0.3 DASHBOARD_TIMEOUT_SECONDS=0.3 \
  "$cli" send "$src/examples/calls/02_gas_leak_safety_exit.json" >"$tmp/down.out" 2>"$tmp/down.err"
check "undelivered send exits 1" test $? -eq 1
check "undelivered send names where it is kept" grep -q '"kept_in":' "$tmp/down.out"
check "the log says where it is kept" grep -q "kept in $tmp/outbox/pending/" "$tmp/down.err"
check "three payloads pending" test "$(find "$tmp/outbox/pending" -name '*.json' | wc -l)" -eq 3
check "pending files are private" test -z "$(find "$tmp/outbox/pending" -name '*.json' ! -perm 600)"
"$cli" replay >"$tmp/replay.out" 2>"$tmp/replay.err"
check "replay exits 0" test $? -eq 0
check "replay delivered the three" grep -q '"delivered":3' "$tmp/replay.out"
check "replay reports progress" grep -q 'replay: 1/1 calls, 3 payloads delivered' "$tmp/replay.err"
check "outbox empty after replay" test -z "$(ls -A "$tmp/outbox/pending")"
check "the replay was de-duplicated by call_id" test "$(wc -l <"$tmp/store/emergency-alerts.jsonl")" -eq 2
"$cli" replay --outbox "$tmp/outbox" >"$tmp/replay2.out" 2>&1
check "an empty replay is complete" grep -q '"complete":true' "$tmp/replay2.out"
env -u DASHBOARD_WEBHOOK_SECRET "$cli" replay >/dev/null 2>"$tmp/replay3.err"
check "replay needs the secret from the environment" test $? -eq 2

# A wrong secret: not delivered, exit 1, the secret not printed.
DASHBOARD_WEBHOOK_SECRET=wrong-one "$cli" send "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/bad.out" 2>"$tmp/bad.err"
check "wrong secret exits 1" test $? -eq 1
check "401 reported" grep -q 'Invalid webhook secret' "$tmp/bad.out"
check "secret never printed" bash -c "! grep -q wrong-one '$tmp/bad.out' '$tmp/bad.err'"
check "a 401 is a dead letter" test -f "$(find "$tmp/outbox/dead" -name 1-job.answer.json | head -1)"
check "no secret in any file of the outbox" bash -c "! grep -rq -e wrong-one -e s3cret '$tmp/outbox'"

# Not configured (neither URL nor secret): skipped with a warning, nothing sent.
env -u DASHBOARD_WEBHOOK_URL -u DASHBOARD_WEBHOOK_SECRET "$cli" send "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/skip.out" 2>"$tmp/skip.err"
check "unconfigured send is skipped" grep -q '"skipped":true' "$tmp/skip.out"
check "unconfigured send warns" grep -q 'not configured' "$tmp/skip.err"
# Half configured: a configuration error at start (exit 2), before any session is read.
env -u DASHBOARD_WEBHOOK_URL "$cli" send "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/half.out" 2>"$tmp/half.err"
check "half a configuration exits 2" test $? -eq 2
check "half a configuration names the URL" grep -q "webhook_url" "$tmp/half.err"
check "half a configuration prints no result" test ! -s "$tmp/half.out"

# A missing email is a configuration error at start, before anything is sent.
before=$(wc -l <"$tmp/store/jobs.jsonl")
DASHBOARD_USER_EMAIL= "$cli" send "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/noemail.out" 2>&1
check "missing email exits 2" test $? -eq 2
check "missing email named" grep -q "user_email" "$tmp/noemail.out"
check "nothing sent without email" test "$(wc -l <"$tmp/store/jobs.jsonl")" -eq "$before"
# No outbox directory to be found (no HOME, no XDG_STATE_HOME, no CALLLOCK_OUTBOX_DIR): an error at start.
env -u HOME -u XDG_STATE_HOME -u CALLLOCK_OUTBOX_DIR "$cli" send "$src/examples/calls/03_co_alarm.json" >"$tmp/nobox.out" 2>"$tmp/nobox.err"
check "no outbox directory exits 2" test $? -eq 2
check "no outbox directory named" grep -q "outbox_dir" "$tmp/nobox.err"

kill -INT "$server"; wait "$server"; server=""
check "serve reports what it accepted" grep -q 'stopped: 7 jobs/leads, 7 calls, 2 emergency alerts' "$tmp/serve.out"
echo "cli send: $passes passed, $fails failed"
test $fails -eq 0
