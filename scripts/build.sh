#!/usr/bin/env bash
# Builds the pieces in order: `build.sh [native] [wasm] [site]`, all three
# when given nothing. CMake reconfigures on its own when CMakeLists changes,
# so we configure only when a build folder is new.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian's emscripten 3.1.6 finds its JS dependencies only through NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

build_native() {
  echo "build: native -> build/native"
  [[ -f build/native/build.ninja ]] ||
    cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build/native
}

build_wasm() {
  echo "build: wasm -> build/wasm"
  [[ -f build/wasm/build.ninja ]] ||
    emcmake cmake -S . -B build/wasm -G Ninja
  cmake --build build/wasm
}

build_site() {
  echo "build: site -> site/dist, site/dist-single/yieldlab.html"
  npm run --silent build
  npm run --silent build:single
}

targets=("$@")
((${#targets[@]})) || targets=(native wasm site)
for target in "${targets[@]}"; do
  case "$target" in
    native | wasm | site) "build_$target" ;;
    *) echo "build: unknown target '$target' (native, wasm, site)" >&2; exit 2 ;;
  esac
done
