#!/usr/bin/env bash
# Builds the consumer project against calllock: check.sh MODE SOURCE_DIR WORK_DIR
#   subdirectory: the consumer add_subdirectory()s the source tree;
#   find_package: calllock is installed with cmake --install into WORK_DIR/prefix
#                 and the consumer finds it with find_package(calllock).
set -euo pipefail
mode=$1 src=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
if [ "$mode" = subdirectory ]; then
  cmake -S "$src/tests/package/consumer" -B "$work/consumer" -DCALLLOCK_MODE=subdirectory \
        -DCALLLOCK_SOURCE_DIR="$src" >"$work/configure.log"
else
  # Install only the library (no tools, tests or examples) from a fresh tree.
  cmake -S "$src" -B "$work/lib" -DCALLLOCK_BUILD_TESTS=OFF -DCALLLOCK_BUILD_TOOLS=OFF \
        -DCALLLOCK_BUILD_EXAMPLES=OFF >"$work/lib.log"
  cmake --install "$work/lib" --prefix "$work/prefix" >>"$work/lib.log"
  test -f "$work/prefix/include/calllock/calllock.hpp"
  cmake -S "$src/tests/package/consumer" -B "$work/consumer" -DCALLLOCK_MODE=find_package \
        -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/configure.log"
fi
cmake --build "$work/consumer" >"$work/build.log"
out=$("$work/consumer/consumer")
echo "$out"
case "$out" in
  *'"REPAIR_HEATING"'*'"DIAGNOSTIC_NOISE"'*) echo "package $mode: ok" ;;
  *) echo "package $mode: unexpected output" >&2; exit 1 ;;
esac
