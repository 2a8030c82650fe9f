#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest.
#   scripts/test.sh            the dev preset (warnings as errors)
#   PRESET=asan scripts/test.sh  the same suite under ASan + UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
preset=${PRESET:-dev}
jobs=${JOBS:-$(nproc)}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs" "$@"
