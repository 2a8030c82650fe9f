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
if [ "$mode" = find_package ]; then
  # COMPONENTS core: found and usable with Boost and OpenSSL hidden from CMake (core needs
  # neither); COMPONENTS json without Boost: not found, and says so.
  cmake -S "$src/tests/package/consumer" -B "$work/core" -DCALLLOCK_MODE=core -DCMAKE_PREFIX_PATH="$work/prefix" \
        -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON -DCMAKE_DISABLE_FIND_PACKAGE_OpenSSL=ON >"$work/core-configure.log"
  cmake --build "$work/core" >"$work/core-build.log"
  "$work/core/consumer_core" | grep -q GAS_LEAK
  if cmake -S "$src/tests/package/consumer" -B "$work/nojson" -DCALLLOCK_MODE=json_without_boost \
        -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON >"$work/nojson.log" 2>&1; then
    echo "package: COMPONENTS json was found without Boost" >&2
    exit 1
  fi
  grep -q "calllock component 'json' needs Boost.JSON" "$work/nojson.log"
  # Without COMPONENTS: everything installed is required (Boost among it).
  if cmake -S "$src/tests/package/consumer" -B "$work/noboost" -DCALLLOCK_MODE=find_package \
        -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON >"$work/noboost.log" 2>&1; then
    echo "package: find_package(calllock) was found without Boost" >&2
    exit 1
  fi
  grep -q "calllock component 'json' needs Boost.JSON" "$work/noboost.log"
  # pkg-config: the core's flags, relocatable (the prefix comes from the .pc file's place).
  if command -v pkg-config >/dev/null; then
    test "$(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --modversion calllock)" = \
         "$(sed -n 's/^#define CALLLOCK_VERSION_STRING "\(.*\)"$/\1/p' "$src/include/calllock/version.hpp")"
    # shellcheck disable=SC2046
    ${CXX:-c++} $(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --cflags calllock) \
        "$src/tests/package/consumer/core.cpp" -o "$work/core-pkgconfig"
    "$work/core-pkgconfig" | grep -q GAS_LEAK
  fi
  echo "package components and pkg-config: ok"
fi
out=$("$work/consumer/consumer")
echo "$out"
case "$out" in
  *'"REPAIR_HEATING"'*'"DIAGNOSTIC_NOISE"'*) echo "package $mode: ok" ;;
  *) echo "package $mode: unexpected output" >&2; exit 1 ;;
esac
