#!/usr/bin/env bash
# Runs every benchmark and writes docs/benchmarks.md (all but its hand-written
# section "Compile cost, stop by stop", which it keeps) and docs/benchmarks.png:
# the release calllock-bench (DFA, Hyperscan, RE2::Set, naive find, whole
# classification) and the plan's Python, on the corpus of scripts/gen_corpus.py.
#   CPU=1 MIN_TIME=0.05 REPS=3 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cpu=${CPU:-1}
min_time=${MIN_TIME:-0.05}
reps=${REPS:-3}
# The hand-written history at the end of the page (from its heading on) is kept as it is.
history=$(mktemp)
trap 'rm -f "$history"' EXIT
sed -n '/^## Compile cost, stop by stop$/,$p' docs/benchmarks.md >"$history"
cmake --preset release >/dev/null
cmake --build --preset release -j 2 --target calllock-bench
python3 scripts/gen_corpus.py build/release/corpus
taskset -c "$cpu" build/release/bin/calllock-bench --benchmark_min_time="$min_time" \
    --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true \
    --benchmark_out=build/release/bench.json --benchmark_out_format=json "$@"
taskset -c "$cpu" python3 scripts/bench_python.py build/release/corpus --reps "$reps" \
    > build/release/python.json
python3 scripts/bench_report.py build/release/bench.json build/release/python.json \
    docs/benchmarks.md "$PWD/docs/benchmarks.png"
echo "wrote docs/benchmarks.md docs/benchmarks.png"
{
  echo
  echo "## Compile cost (scripts/compile_cost.sh)"
  echo
  echo "Load average when measured: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs shared with"
  echo "other jobs: wall time suffers most; CPU time is the steadier figure. Each unit is compiled"
  echo "${REPEAT:-3} times at -O2 and the fastest run is shown; the units are described at the top of"
  echo "scripts/compile_cost.sh. string_only (a unit that includes <string> alone) is the floor."
  echo "The profiles' matching tables are constant data written by tools/gen_tables"
  echo "(include/calllock/generated/), so a classifying unit does not build them."
  echo
  scripts/compile_cost.sh
  if command -v clang++-14 >/dev/null; then CXX=clang++-14 scripts/compile_cost.sh | tail -n +3; fi
  if command -v valgrind >/dev/null; then
    echo
    echo "The instructions g++ runs for the classifying units (cachegrind; the same on every run"
    echo "and under any load: the figure to compare versions of the headers by):"
    echo
    INSTR=1 REPEAT=1 scripts/compile_cost.sh string_only taxonomy_only classify_default classify_default_static classify_seed
  fi
} >> docs/benchmarks.md
if [ -s "$history" ]; then
  echo >> docs/benchmarks.md
  cat "$history" >> docs/benchmarks.md
fi
