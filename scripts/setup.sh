#!/usr/bin/env bash
# Makes sure this machine has everything `npm start` and `npm test` need.
# Installs missing Debian packages when root (otherwise lists them and fails),
# and runs `npm ci` when node_modules is missing or older than the lockfile.
# Idempotent: with everything present it only asks dpkg and stats two files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# cmake/ninja/g++: native build; emscripten: wasm build; catch2: unit tests;
# libboost-dev: header-only bigints; chromium: browser tests; python3: the
# reference the conformance and bench scripts compare against.
PACKAGES=(cmake ninja-build g++ emscripten catch2 libboost-dev chromium python3)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$pkg")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when apt does not know a package we need
  # (fresh containers ship with empty lists).
  for pkg in "${missing[@]}"; do
    if ! apt-cache show "$pkg" >/dev/null 2>&1; then
      echo "setup: apt-get update"
      apt-get update -q
      break
    fi
  done
  echo "setup: apt-get install -y ${missing[*]}"
  apt-get install -y -q "${missing[@]}"
fi

# Node comes with npm, which is running us; Vite 8 needs at least 20.19.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "setup: Node $(node --version) is too old; yieldlab needs Node 20.19 or newer" >&2
  exit 1
fi

# The hidden lockfile npm writes into node_modules is older than
# package-lock.json exactly when the lockfile changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
echo "setup: ok"
