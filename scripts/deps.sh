#!/usr/bin/env bash
# Installs the Debian 12 packages calllock needs, when missing. Run as root (or
# with sudo available); a no-op when everything is there.
set -euo pipefail
packages=(
  build-essential cmake python3 pkg-config openssl
  libboost1.81-dev libboost-json1.81-dev libboost-test1.81-dev
  libssl-dev libbenchmark-dev libhyperscan-dev libre2-dev tzdata
  gnuplot-nox
  clang-14 libclang-rt-14-dev llvm-14
  libpq-dev postgresql-15
  libcli11-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
