#!/usr/bin/env bash
# Builds everything and runs the whole test suite (lit + FileCheck check
# tests, driver tests, unit tests, runtime tests) through ctest. Set-up and
# the build may use the network (apt, npm); the tests run without it
# (scripts/offline.sh), which proves that they only use what set-up installed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
BUILD_DIR=${ESC_BUILD_DIR:-build}
bash scripts/offline.sh ctest --test-dir "$BUILD_DIR" --output-on-failure -j"${ESC_JOBS:-$(nproc)}" "$@"
