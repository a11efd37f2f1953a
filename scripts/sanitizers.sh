#!/usr/bin/env bash
# The analyzer under AddressSanitizer + UndefinedBehaviorSanitizer running the
# analyzer's tests, and the runtime under ThreadSanitizer running its tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Debug keeps LLVM's header assertions on (SmallVector aliasing and the
# like); ESC_FUZZ adds the libFuzzer targets, smoke-run below.
ESC_BUILD_DIR=build-asan bash scripts/build.sh -DCMAKE_BUILD_TYPE=Debug \
  "-DESC_SANITIZE=address;undefined" -DESC_RT_BUILD_BENCH=OFF -DESC_FUZZ=ON \
  -DESC_BUILD_CLANGD=OFF
bash scripts/offline.sh ctest --test-dir build-asan --output-on-failure -L 'analyzer|runtime' -j"$(nproc)"
ESC_BUILD_DIR=build-asan FUZZ_SECONDS=${FUZZ_SECONDS:-15} bash scripts/fuzz.sh

# The runtime only, with GCC: its TSan runtime is a shared library, so the
# instrumented build's global operator new interposes; clang links its TSan
# runtime's own operator new statically and the two collide.
ESC_BUILD_DIR=build-tsan ESC_CC=gcc ESC_CXX=g++ bash scripts/build.sh -DESC_SANITIZE=thread \
  -DESC_BUILD_ANALYZER=OFF -DESC_RT_BUILD_BENCH=OFF
bash scripts/offline.sh ctest --test-dir build-tsan --output-on-failure -L runtime -j"$(nproc)"
