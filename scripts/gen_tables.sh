#!/usr/bin/env bash
# Writes include/calllock/generated/ (the matching tables of the shared rules and the profiles as
# constant data) with tools/gen_tables, built in the dev preset. Run it after editing
# the keywords (rules.hpp, profiles/seed.hpp, profiles/hvac117_tables.hpp) or an engine's
# builder; CTest generated_tables_current fails until it is run.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${PRESET:-dev}
cmake --preset "$preset" >/dev/null
echo "building gen-tables (the builders run at compile time: a few seconds)..." >&2
cmake --build --preset "$preset" --target gen-tables
bin=build/$preset/bin/gen-tables
"$bin" include/calllock/generated
echo "written: include/calllock/generated/rules.ipp, seed.ipp and hvac117.hpp" >&2
