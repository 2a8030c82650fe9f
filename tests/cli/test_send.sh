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
cat "$src"/examples/calls/*.json >/dev/null
for f in "$src"/examples/calls/*; do "$cli" send "$f" >>"$tmp/send.out" 2>>"$tmp/send.err"; done
check "every call delivered" test "$(grep -c '"delivered":true' "$tmp/send.out")" -eq 7
check "two emergency alerts" test "$(wc -l <"$tmp/store/emergency-alerts.jsonl")" -eq 2
check "seven call records" test "$(wc -l <"$tmp/store/calls.jsonl")" -eq 7
check "call records linked to jobs or leads" test "$(grep -c -E '"(job|lead)_id":' "$tmp/store/calls.jsonl")" -eq 7

# A wrong secret: not delivered, exit 1, the secret not printed.
DASHBOARD_WEBHOOK_SECRET=wrong-one "$cli" send "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/bad.out" 2>"$tmp/bad.err"
check "wrong secret exits 1" test $? -eq 1
check "401 reported" grep -q 'Invalid webhook secret' "$tmp/bad.out"
check "secret never printed" bash -c "! grep -q wrong-one '$tmp/bad.out' '$tmp/bad.err'"

# Not configured: skipped with a warning, nothing sent.
env -u DASHBOARD_WEBHOOK_URL "$cli" send "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/skip.out" 2>"$tmp/skip.err"
check "unconfigured send is skipped" grep -q '"skipped":true' "$tmp/skip.out"
check "unconfigured send warns" grep -q 'not configured' "$tmp/skip.err"

# A missing email is a configuration error before anything is sent.
before=$(wc -l <"$tmp/store/jobs.jsonl")
DASHBOARD_USER_EMAIL= "$cli" send "$src/examples/calls/01_booked_ac_repair.json" >"$tmp/noemail.out" 2>&1
check "missing email exits 1" test $? -eq 1
check "missing email named" grep -q "user_email" "$tmp/noemail.out"
check "nothing sent without email" test "$(wc -l <"$tmp/store/jobs.jsonl")" -eq "$before"

kill -INT "$server"; wait "$server"; server=""
check "serve reports what it accepted" grep -q 'stopped: 7 jobs/leads, 7 calls, 2 emergency alerts' "$tmp/serve.out"
echo "cli send: $passes passed, $fails failed"
test $fails -eq 0
