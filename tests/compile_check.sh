#!/usr/bin/env bash
# compile_check.sh fail REGEX BUILD-COMMAND...  the build must fail and its output match REGEX
# compile_check.sh ok "" BUILD-COMMAND...       the build must succeed
set -uo pipefail
expect=$1 regex=$2
shift 2
out=$("$@" 2>&1)
rc=$?
if [ "$expect" = ok ]; then
  [ $rc -eq 0 ] && { echo "compiles, as it must"; exit 0; }
  echo "$out" | tail -30; echo "FAIL: the build failed but must succeed"; exit 1
fi
if [ $rc -eq 0 ]; then echo "FAIL: the build succeeded but must fail"; exit 1; fi
if echo "$out" | grep -qE -- "$regex"; then echo "fails with '$regex', as it must"; exit 0; fi
echo "$out" | tail -30
echo "FAIL: the build failed, but not with '$regex'"
exit 1
