#!/usr/bin/env bash
# Compile cost of the classifier: time and peak memory (/usr/bin/time -v) of
# $CXX -std=c++20 -O2 -c on translation units that include the classifier and
# instantiate profiles and engines:
#   naive_seed, dfa_seed            the seed profile with the reference / DFA engine
#   seed_and_hvac117                both profiles with the default engine (the DFA for
#                                   the seed, the token engine for hvac117's table)
#   dfa_seed_and_k490_word          the seed + the DFA for the ~490-keyword whole-word set
#   token_seed_and_k490_word        the seed + the token engine for that set
#   CXX=clang++-14 scripts/compile_cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${CXX:-g++}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/common.hpp" <<'CPP'
#include <calllock/calllock.hpp>
#include "support/keyword_sets.hpp"
using namespace calllock;
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
echo "| translation unit | compiler | wall s | CPU s (user+sys) | peak MB |"
echo "|---|---|---|---|---|"
for tu in naive_seed dfa_seed seed_and_hvac117 dfa_seed_and_k490_word token_seed_and_k490_word; do
  /usr/bin/time -v "$cxx" -std=c++20 -O2 -Iinclude -Itests -c "$tmp/$tu.cpp" -o "$tmp/$tu.o" 2>"$tmp/time.txt"
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$tmp/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
  echo "| $tu | $($cxx --version | head -1) | $secs | $cpu | $((kb / 1024)) |"
done
