#!/usr/bin/env bash
# Compile cost of the classifier: time and peak memory (/usr/bin/time -v) of
# $CXX -std=c++20 -O2 -c on translation units that include the classifier and
# instantiate profiles and engines:
#   naive_seed, dfa_seed            the seed profile with the reference / DFA engine
#   seed_and_hvac117                both profiles with the default engine (the DFA for
#                                   the seed, the token engine for hvac117's table)
#   dfa_seed_and_k490_word          the seed + the DFA for the ~490-keyword whole-word set
#   token_seed_and_k490_word        the seed + the token engine for that set
# and the units a user writes (issue 11's cases):
#   string_only                     a unit that includes <string> alone (the floor)
#   taxonomy_only                   <calllock/taxonomy.hpp>, one tag looked up by name
#   classify_default                <calllock/calllock.hpp>, one session classified with
#                                   the default profile chosen at run time
#                                   (classify_call(default_profile, s))
#   classify_default_static         the same with the default profile named at compile time
#                                   (classify_call(s): no run-time choice, so no seed profile)
#   classify_default_separate       classify_default with CALLLOCK_SEPARATE_COMPILATION (the
#                                   run-time profile choice compiled once, in the unit that
#                                   includes <calllock/src_core.hpp> or <calllock/src.hpp>)
#   classify_seed                   <calllock/profiles/seed.hpp>, one session classified with
#                                   the seed profile (the plan's rules)
#   orchestrator_header_only        <calllock/dashboard/post_call.hpp>, handle_call_ended called
#                                   (the delivery side compiled in this unit: Beast,
#                                   Asio, OpenSSL)
#   orchestrator_separate           the same with CALLLOCK_SEPARATE_COMPILATION (the
#                                   delivery side compiled once, in the unit that
#                                   includes <calllock/src.hpp>)
#   src_once                        that one unit: <calllock/src.hpp>
# Each unit is compiled REPEAT times (default 3); the table shows the fastest run (the
# least disturbed by other work on the machine) and the largest peak memory.
# With INSTR=1 (and valgrind installed) a last column gives the instructions the compiler
# ran (cachegrind, all its processes, once per unit, ~20x slower): the same on every run and
# every load, the figure to compare two versions of the headers by.
# Usage: scripts/compile_cost.sh [UNIT...]   (all by default)
#   CXX=clang++-14 REPEAT=5 scripts/compile_cost.sh
#   INSTR=1 scripts/compile_cost.sh classify_default classify_seed
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${CXX:-g++}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/common.hpp" <<'CPP'
#include <calllock/calllock.hpp>
#include "support/keyword_sets.hpp"
using namespace calllock;
using namespace calllock::match;
CPP
cat >"$tmp/naive_seed.cpp" <<'CPP'
#include "common.hpp"
Classification f(const CallFacts& c, std::string_view t) { return classify_text<seed_profile, naive_engine>(c, t); }
CPP
cat >"$tmp/dfa_seed.cpp" <<'CPP'
#include "common.hpp"
Classification f(const CallFacts& c, std::string_view t) { return classify_text<seed_profile, dfa_engine>(c, t); }
CPP
cat >"$tmp/seed_and_hvac117.cpp" <<'CPP'
#include "common.hpp"
Classification f(const CallFacts& c, std::string_view t) { return classify_text<seed_profile>(c, t); }
Classification g(const CallFacts& c, std::string_view t) { return classify_text<hvac117_profile>(c, t); }
CPP
cat >"$tmp/dfa_seed_and_k490_word.cpp" <<'CPP'
#include "common.hpp"
Classification f(const CallFacts& c, std::string_view t) { return classify_text<seed_profile, dfa_engine>(c, t); }
std::size_t g(std::string_view t) {
    dfa_scanner<keyword_sets::big, match_mode::whole_word> s;
    s.feed(t);
    return s.finish().count();
}
CPP
cat >"$tmp/token_seed_and_k490_word.cpp" <<'CPP'
#include "common.hpp"
Classification f(const CallFacts& c, std::string_view t) { return classify_text<seed_profile, dfa_engine>(c, t); }
std::size_t g(std::string_view t) {
    token_scanner<keyword_sets::big> s;
    s.feed(t);
    return s.finish().count();
}
CPP
cat >"$tmp/string_only.cpp" <<'CPP'
#include <string>
std::string f(const char* s) { return s; }
CPP
cat >"$tmp/taxonomy_only.cpp" <<'CPP'
#include <calllock/taxonomy.hpp>
calllock::Tag f() { return calllock::tag_of("GAS_LEAK"); }
CPP
cat >"$tmp/classify_default.cpp" <<'CPP'
#include <calllock/calllock.hpp>
calllock::Classification f(const calllock::CallSession& s) { return calllock::classify_call(calllock::default_profile, s); }
CPP
cat >"$tmp/classify_default_static.cpp" <<'CPP'
#include <calllock/calllock.hpp>
calllock::Classification f(const calllock::CallSession& s) { return calllock::classify_call(s); }
CPP
printf '#define CALLLOCK_SEPARATE_COMPILATION\n' >"$tmp/classify_default_separate.cpp"
cat "$tmp/classify_default.cpp" >>"$tmp/classify_default_separate.cpp"
cat >"$tmp/classify_seed.cpp" <<'CPP'
#include <calllock/profiles/seed.hpp>
calllock::Classification f(const calllock::CallSession& s) { return calllock::classify_call<calllock::seed_profile>(s); }
CPP
cat >"$tmp/orchestrator.cpp" <<'CPP'
#include <calllock/dashboard/post_call.hpp>
calllock::PostCallReport f(const calllock::CallSession& s, const calllock::PostCallConfig& c) {
    return calllock::handle_call_ended(s, c, 0.0);
}
CPP
cp "$tmp/orchestrator.cpp" "$tmp/orchestrator_header_only.cpp"
printf '#define CALLLOCK_SEPARATE_COMPILATION\n' >"$tmp/orchestrator_separate.cpp"
cat "$tmp/orchestrator.cpp" >>"$tmp/orchestrator_separate.cpp"
printf '#define CALLLOCK_SEPARATE_COMPILATION\n#include <calllock/src.hpp>\n' >"$tmp/src_once.cpp"
units=("$@")
if [ ${#units[@]} -eq 0 ]; then
  units=(string_only taxonomy_only classify_default classify_default_static classify_default_separate classify_seed orchestrator_header_only orchestrator_separate src_once
         naive_seed dfa_seed seed_and_hvac117 dfa_seed_and_k490_word token_seed_and_k490_word)
fi
repeat=${REPEAT:-3}
instr=${INSTR:-0}
if [ "$instr" = 1 ] && ! command -v valgrind >/dev/null; then
  echo "INSTR=1 needs valgrind" >&2
  exit 2
fi
if [ "$instr" = 1 ]; then
  echo "| translation unit | compiler | wall s (best of $repeat) | CPU s (user+sys) | peak MB | compiler instructions (G) |"
  echo "|---|---|---|---|---|---|"
else
  echo "| translation unit | compiler | wall s (best of $repeat) | CPU s (user+sys) | peak MB |"
  echo "|---|---|---|---|---|"
fi
for tu in "${units[@]}"; do
  : >"$tmp/runs.txt"
  for _ in $(seq "$repeat"); do
    /usr/bin/time -v "$cxx" -std=c++20 -O2 -Iinclude -Itests -c "$tmp/$tu.cpp" -o "$tmp/$tu.o" 2>"$tmp/time.txt"
    awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; w=s}
                /User time|System time/ {c+=$2}
                /Maximum resident set size/ {kb=$2}
                END {printf "%s %.2f %d\n", w, c, kb}' "$tmp/time.txt" >>"$tmp/runs.txt"
  done
  read -r secs cpu kb < <(sort -g -k1,1 "$tmp/runs.txt" | head -1)
  kb=$(sort -g -k3,3 "$tmp/runs.txt" | tail -1 | awk '{print $3}')
  row="| $tu | $($cxx --version | head -1) | $secs | $cpu | $((kb / 1024)) |"
  if [ "$instr" = 1 ]; then
    valgrind --tool=cachegrind --cache-sim=no --trace-children=yes --cachegrind-out-file=/dev/null \
      "$cxx" -std=c++20 -O2 -Iinclude -Itests -c "$tmp/$tu.cpp" -o "$tmp/$tu.o" 2>"$tmp/cg.txt"
    row+=" $(awk '/I *refs:/ {gsub(",", "", $4); n += $4} END {printf "%.2f", n / 1e9}' "$tmp/cg.txt") |"
  fi
  echo "$row"
done
