#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang 14, ASan + UBSan) and runs
# each for SECONDS, one after the other, then prints a table of executions and
# findings. Exits 1 when a target crashed, failed a check, leaked or timed out.
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

# Longest input per target: hvac117 scans ~3,000 keywords with the naive engine.
max_len() {
  case $1 in
    classify_hvac117) echo 192 ;;
    engines|classify_seed) echo 1024 ;;
    *) echo 4096 ;;
  esac
}

# Symbolized stacks in the reports.
[ -x /usr/bin/llvm-symbolizer-14 ] && export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14

summary=()
failed=0
for t in "${targets[@]}"; do
  work=.fuzz/$t
  mkdir -p "$work/corpus" "$work/artifacts"
  log=$work/last.log
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
    failed=1
    grep -E 'ERROR|fuzz check failed|SUMMARY|Test unit written' "$log" | head -8 | sed 's/^/  /'
  fi
  summary+=("$(printf '%-17s %6ss %12s %9s %8s  %s' "$t" "$seconds" "${runs:-?}" "${cov:-?}" "$corpus" "$status")")
done

echo
printf '%-17s %7s %12s %9s %8s  %s\n' target time executions coverage corpus result
printf '%s\n' "${summary[@]}"
exit "$failed"
