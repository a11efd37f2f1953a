#!/usr/bin/env bash
# Runs every libFuzzer target of a build made with -DESC_FUZZ=ON for
# FUZZ_SECONDS seconds each (default 20: the CI smoke run; use 3600 for a
# real campaign), starting from the seed corpora in test/fuzz/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${ESC_BUILD_DIR:-build-asan}
SECONDS_EACH=${FUZZ_SECONDS:-20}
WORK=$(mktemp -d)
ARTIFACTS="$PWD/$BUILD_DIR/fuzz-artifacts"
mkdir -p "$ARTIFACTS"
trap 'rm -rf "$WORK"' EXIT
for target in baseline writers verify analysis program; do
  bin="$BUILD_DIR/bin/fuzz-$target"
  [[ -x "$bin" ]] || { echo "fuzz.sh: $bin is missing (configure with -DESC_FUZZ=ON)" >&2; exit 2; }
  mkdir -p "$WORK/$target"
  cp test/fuzz/corpus/"$target"/* "$WORK/$target"/
  echo "== fuzz-$target for ${SECONDS_EACH}s"
  (cd "$WORK" && "$OLDPWD/$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$target-" "$WORK/$target" 2>&1 | tail -12)
done
