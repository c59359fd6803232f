#!/usr/bin/env bash
# Runs every test suite against the current builds (scripts/build.sh makes
# them), each with its own summary, and keeps going after a failure so one run
# shows everything that is broken. Exits non-zero if any suite failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit

names=()
results=()

suite() {
  local name=$1
  shift
  echo
  echo "==== $name: $*"
  local start=$SECONDS
  "$@"
  local rc=$?
  names+=("$name")
  if ((rc == 0)); then
    results+=("passed ($((SECONDS - start)) s)")
  else
    results+=("FAILED with exit $rc ($((SECONDS - start)) s)")
  fi
}

suite unit ctest --test-dir build/native --output-on-failure
if [[ -f tests/conformance/run.mjs ]]; then
  suite conformance node tests/conformance/run.mjs --full-stderr
fi
suite wasm node --test tests/wasm/
suite browser node --test tests/browser/

echo
echo "==== summary"
failed=0
for i in "${!names[@]}"; do
  printf '  %-12s %s\n' "${names[$i]}" "${results[$i]}"
  [[ ${results[$i]} == passed* ]] || failed=$((failed + 1))
done
echo "suites: $((${#names[@]} - failed)) passed, $failed failed"
((failed == 0))
