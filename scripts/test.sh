#!/usr/bin/env bash
# Builds everything and runs the whole test suite (lit + FileCheck check
# tests, driver tests, unit tests, runtime tests) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
BUILD_DIR=${ESC_BUILD_DIR:-build}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"${ESC_JOBS:-$(nproc)}" "$@"
