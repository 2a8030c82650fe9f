#!/usr/bin/env bash
# Installs the Debian 12 packages calllock's build and tests need, when missing. Run as
# root (or with sudo available); a no-op when everything is there.
#   CALLLOCK_NO_DEPS=1 scripts/deps.sh   only check: name what is missing, install nothing
# Off Debian (no dpkg-query / apt-get) it checks the commands and headers it can and
# says what to install, without failing the build for them: CMake then says what is
# missing.
set -euo pipefail
packages=(
  build-essential cmake python3 pkg-config openssl tzdata   # the build, the scripts, test certificates
  libboost1.81-dev libboost-json1.81-dev libboost-test1.81-dev libssl-dev   # the library and its tests
  libcli11-dev                                               # the command line
  libpq-dev postgresql-15                                    # the PostgreSQL outbox and its tests
  libbenchmark-dev libhyperscan-dev libre2-dev gnuplot-nox   # the benchmarks and their baselines
  clang-14 libclang-rt-14-dev llvm-14                        # the fuzz targets (CI)
)
if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "deps: not a Debian system: install the equivalents of these packages yourself:" >&2
  echo "deps:   ${packages[*]}" >&2
  for c in cmake python3 c++ pkg-config; do
    command -v "$c" >/dev/null || echo "deps: missing command: $c" >&2
  done
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "${CALLLOCK_NO_DEPS:-0}" = 1 ]; then
  # Named, not fatal: what is missing may not be needed here (CMake says so when it is).
  echo "deps: missing (CALLLOCK_NO_DEPS=1: not installing): ${missing[*]}" >&2
  exit 0
fi
echo "deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
