#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang 14, ASan + UBSan) and runs
# each for SECONDS, as many side by side as there are cores (JOBS), then prints a
# table of executions and findings. Exits 1 when a target crashed, failed a check,
# leaked or timed out.
#   scripts/fuzz.sh [SECONDS] [TARGET...]    default: 60 s each, every target
#   targets: session_json engines classify_seed classify_hvac117 payload
# Seeds: fuzz/corpus/<target>/ (read only). What a run learns goes to
# .fuzz/<target>/corpus/ (kept between runs, ignored by git); findings to
# .fuzz/<target>/artifacts/ (crash-*, leak-*, timeout-*, oom-*).
# A finding reproduces with: build/fuzz/bin/fuzz-<target> <file>.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
all=(session_json engines classify_seed classify_hvac117 payload)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz: unknown target '$t' (${all[*]})" >&2; exit 2; }
done

scripts/deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${JOBS:-$(nproc)}" >/dev/null

# Longest input per target: hvac117 also scans its ~9,300 keywords with the naive engine
# (the reference check, on texts up to 256 bytes).
max_len() {
  case $1 in
    classify_hvac117) echo 192 ;;
    engines|classify_seed) echo 1024 ;;
    *) echo 4096 ;;
  esac
}

# Symbolized stacks in the reports.
[ -x /usr/bin/llvm-symbolizer-14 ] && export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14

# One target's run: its log in .fuzz/<target>/last.log, its row of the table in
# .fuzz/<target>/summary; exits 1 on a finding.
fuzz_one() {
  local t=$1 work=.fuzz/$1 rc runs cov corpus new before status
  mkdir -p "$work/corpus" "$work/artifacts"
  local log=$work/last.log
  findings() { find "$work/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l; }
  before=$(findings)
  echo "fuzz: $t for ${seconds}s"
  set +e
  # -timeout: one input taking longer is a finding; LeakSanitizer is on (-detect_leaks).
  # -seed: the same mutations in the same order on every machine, so that a run is
  # reproducible; every finding once fixed stays in fuzz/corpus/<target>/ and is
  # replayed first.
  build/fuzz/bin/fuzz-"$t" -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=30 \
      -detect_leaks=1 -print_final_stats=1 -dict=build/fuzz/fuzz/dict/"$t".dict \
      -artifact_prefix="$work/artifacts/" "$work/corpus" "fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(awk '/stat::number_of_executed_units:/ {print $2}' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$work/corpus" -type f | wc -l)
  new=$(( $(findings) - before ))
  status=ok
  if [ "$rc" -ne 0 ] || [ "$new" -gt 0 ]; then
    status="FINDING (exit $rc)"
    grep -E 'ERROR|fuzz check failed|SUMMARY|Test unit written' "$log" | head -8 | sed "s/^/  $t: /" || true
  fi
  printf '%-17s %6ss %12s %9s %8s  %s\n' "$t" "$seconds" "${runs:-?}" "${cov:-?}" "$corpus" "$status" >"$work/summary"
  [ "$status" = ok ]
}

# The targets run side by side, as many at a time as there are cores (JOBS): each
# libFuzzer process is single-threaded, so on 2 cores the five take three rounds.
parallel=${JOBS:-$(nproc)}
for t in "${targets[@]}"; do
  rm -f ".fuzz/$t/summary"
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  fuzz_one "$t" &
done
wait

# A target without its row (its run died before writing it) fails as a finding does.
echo
printf '%-17s %7s %12s %9s %8s  %s\n' target time executions coverage corpus result
failed=0
for t in "${targets[@]}"; do
  if [ -f ".fuzz/$t/summary" ]; then
    cat ".fuzz/$t/summary"
    [[ "$(cat ".fuzz/$t/summary")" == *"  ok" ]] || failed=1
  else
    printf '%-17s  no result\n' "$t"
    failed=1
  fi
done
exit "$failed"
