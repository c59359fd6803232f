#!/bin/bash
# Repeatable instruction counts for the wasm build, for A/B decisions that
# wall-clock time on a shared 2-core host cannot make (it drifts 20-40%
# between runs). Runs `node wasm/yieldlab.mjs PROGRAM` under valgrind's
# callgrind with V8's baseline compiler off and no background threads, so
# every function is compiled once by TurboFan: on a quiet machine two runs
# of one build agreed to 0.2% (runs during other heavy work differed more,
# so compare builds side by side, in one go). The count includes Node's
# start-up and V8 compiling the module (1.5 billion or more): compare builds
# on the same programs, or subtract a run of a program that is only `pass`.
#
#   bash bench/wasm_instructions.sh PROGRAM.py [WASM_DIR...]
#
# Each WASM_DIR (default build/wasm) is a folder holding yieldlab_wasm.js and
# yieldlab_wasm.wasm; the last column is the change from the first build.
# Use reduced programs (smaller sizes than bench/programs): valgrind runs
# about 50 times slower.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
program="$1"; shift
dirs=("$@"); [ ${#dirs[@]} -gt 0 ] || dirs=("$here/build/wasm")
command -v valgrind >/dev/null || { echo "wasm_instructions: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
first=""
for d in "${dirs[@]}"; do
  n=$(YIELDLAB_WASM_DIR="$d" valgrind --tool=callgrind --smc-check=all --callgrind-out-file=/dev/null \
        node --no-liftoff --single-threaded "$here/wasm/yieldlab.mjs" "$program" 2>&1 >/dev/null |
      awk '/ refs:/ { gsub(",", "", $4); print $4 }')
  if [ -z "$first" ]; then first=$n; change=""; else change=$(awk -v a="$first" -v b="$n" 'BEGIN { printf "%+.1f%%", (b - a) * 100 / a }'); fi
  printf '%-40s %15s %s\n' "$d" "$n" "$change"
done
