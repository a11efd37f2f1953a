#!/usr/bin/env bash
# Configures and builds Escapement into build/ (or $ESC_BUILD_DIR) with
# Debian's clang-19, Ninja and ccache. Extra arguments go to CMake.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

BUILD_DIR=${ESC_BUILD_DIR:-build}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Clones in other folders (CI's fresh checkout) share the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_C_COMPILER="${ESC_CC:-/usr/lib/llvm-19/bin/clang}" \
    -DCMAKE_CXX_COMPILER="${ESC_CXX:-/usr/lib/llvm-19/bin/clang++}" \
    "$@"
elif (($#)); then
  cmake "$BUILD_DIR" "$@"
fi
cmake --build "$BUILD_DIR" -j"${ESC_JOBS:-$(nproc)}"
